/**
 * A populated city to look at: a demo data set of departments' and agencies' posters with varied, realistic practice
 * (some agreed, some drafts, some deviating from the common rules with reasons), loaded only when the app is started
 * for development with {@code samarbeidsplakaten.demo=true} (the README's run command sets it) and the database has
 * no poster yet. The production jar cannot load it: it needs Vaadin's development server on the class path.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "versioning", "versioning :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
