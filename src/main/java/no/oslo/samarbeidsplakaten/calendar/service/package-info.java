/** Issuing and renewing feed addresses, and writing a poster's agreed practice as an iCalendar feed. */
@NullMarked
package no.oslo.samarbeidsplakaten.calendar.service;

import org.jspecify.annotations.NullMarked;
