/** Workshops, their participants and the open questions, as stored. */
@NullMarked
package no.oslo.samarbeidsplakaten.workshop.domain;

import org.jspecify.annotations.NullMarked;
