/**
 * The agreed poster as a calendar: an iCalendar feed (RFC 5545) of the current agreed practice, one event series per
 * meeting and steering document placed in the year, at an address whose secret token is its only key; a member renews
 * the token to shut out an old address.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "versioning", "versioning :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
