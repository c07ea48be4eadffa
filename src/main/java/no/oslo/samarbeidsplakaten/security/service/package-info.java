/** Sign-in (form, single sign-on, guests by join code), who the current user is, and account administration. */
@NullMarked
package no.oslo.samarbeidsplakaten.security.service;

import org.jspecify.annotations.NullMarked;
