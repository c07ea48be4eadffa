/**
 * The poster template owned by BLK: versioned data (template key + version) holding the Oslo guidance values that a
 * new poster starts from, and the common rules the kartlegging checks posters against. Seeded once by a Flyway
 * migration from a resource file. Also the common terms: meeting names marked as another word for a standard type.
 */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package no.oslo.samarbeidsplakaten.template;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
