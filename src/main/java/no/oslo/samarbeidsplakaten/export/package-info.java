/**
 * Getting a poster out of the app and back in: the one-page PDF poster (A3, A2, A4) rendered on a small bounded
 * pool, the JSON export of a poster with its versions' records, and the admin's import of such a file.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "template", "template :: *",
        "versioning", "versioning :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
