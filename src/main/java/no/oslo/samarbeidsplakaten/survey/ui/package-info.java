/** The kartlegging page at {@code /kartlegging} and its charts. */
@NullMarked
package no.oslo.samarbeidsplakaten.survey.ui;

import org.jspecify.annotations.NullMarked;
