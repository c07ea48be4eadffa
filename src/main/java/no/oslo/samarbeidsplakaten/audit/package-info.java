/**
 * The audit log the mayor's office reads: who signed in (or failed to), opened and closed workshops, joined them,
 * approved, locked and restored versions, imported and exported posters, changed users, published and adopted
 * templates and replaced calendar addresses, and when.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "calendar", "calendar :: *",
        "export", "export :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "template", "template :: *",
        "versioning", "versioning :: *",
        "workshop", "workshop :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
