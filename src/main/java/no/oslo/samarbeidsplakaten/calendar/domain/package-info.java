/** Calendar feed addresses as stored, and the recurrence rules a poster's frequencies and months make. */
@NullMarked
package no.oslo.samarbeidsplakaten.calendar.domain;

import org.jspecify.annotations.NullMarked;
