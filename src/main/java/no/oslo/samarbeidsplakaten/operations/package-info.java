/**
 * Running the app: the nightly online backup of the embedded H2 database (PostgreSQL is backed up with its own
 * {@code pg_dump}, see the README).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.oslo.samarbeidsplakaten.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
