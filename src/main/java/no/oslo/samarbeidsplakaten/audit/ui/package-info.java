/** The audit log view for administrators: filter by kind and text, newest first. */
@NullMarked
package no.oslo.samarbeidsplakaten.audit.ui;

import org.jspecify.annotations.NullMarked;
