/** Approving, locking, restoring and comparing versions. */
@NullMarked
package no.oslo.samarbeidsplakaten.versioning.service;

import org.jspecify.annotations.NullMarked;
