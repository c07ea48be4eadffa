/** Issuing and renewing feed addresses, and writing a poster's agreed practice as an iCalendar feed. */
@NamedInterface("service")
@NullMarked
package no.oslo.samarbeidsplakaten.calendar.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
