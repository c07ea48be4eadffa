/** Where a member finds, copies and renews the poster's calendar address. */
@NullMarked
package no.oslo.samarbeidsplakaten.calendar.ui;

import org.jspecify.annotations.NullMarked;
