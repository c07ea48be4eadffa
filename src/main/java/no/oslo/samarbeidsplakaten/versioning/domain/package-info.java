/** Approvals and locked versions as stored. */
@NullMarked
package no.oslo.samarbeidsplakaten.versioning.domain;

import org.jspecify.annotations.NullMarked;
