/** Writes an audit line for each event the features publish, after their transaction commits, and reads the log. */
@NullMarked
package no.oslo.samarbeidsplakaten.audit.service;

import org.jspecify.annotations.NullMarked;
