/** Running a workshop: join codes, guests, presence, live typing on its own socket and open questions. */
@NullMarked
package no.oslo.samarbeidsplakaten.workshop.service;

import org.jspecify.annotations.NullMarked;
