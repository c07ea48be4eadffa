/**
 * The poster template owned by BLK: versioned data (template key + version) holding the Oslo guidance values that a
 * new poster starts from. Seeded once by a Flyway migration from a resource file.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.oslo.samarbeidsplakaten.template;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
