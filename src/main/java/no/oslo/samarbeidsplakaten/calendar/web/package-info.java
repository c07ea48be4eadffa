/** The feed's address: read by calendar clients, which do not sign in. */
@NullMarked
package no.oslo.samarbeidsplakaten.calendar.web;

import org.jspecify.annotations.NullMarked;
