/** Reads the organisation catalogue and the role titles for the other features. */
@NullMarked
package no.oslo.samarbeidsplakaten.organisation.service;

import org.jspecify.annotations.NullMarked;
