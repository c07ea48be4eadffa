/**
 * The poster template owned by the mayor's office (BLK): versioned data holding the sections' titles and guidance,
 * the Oslo guidance values a new poster starts from, the standard meeting types, the role catalogue, the reflection
 * questions and the common rules the kartlegging checks posters against. Version 1 is seeded by a Flyway migration
 * from a resource file; later versions are written in the template editor, checked and published, or imported from
 * another installation's file. Also the common terms: meeting names marked as another word for a standard type.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "security", "security :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.template;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
