/** The audit log's rows and what kinds of things it records. */
@NullMarked
package no.oslo.samarbeidsplakaten.audit.domain;

import org.jspecify.annotations.NullMarked;
