/**
 * The live workshop: a poster opened for a reflection workshop with a join code, guests without accounts, who is
 * present and editing what, open questions ("må avklares"), and the projector view that follows it all live.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "poster", "poster :: *",
        "security", "security :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
