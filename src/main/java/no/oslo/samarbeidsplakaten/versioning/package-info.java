/**
 * Agreeing on a poster: each side approves exactly the content it saw, the draft is locked as an immutable numbered
 * version, and versions are listed, opened, compared word by word and restored as a new draft.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "template", "template :: *",
        "workshop", "workshop :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.versioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
