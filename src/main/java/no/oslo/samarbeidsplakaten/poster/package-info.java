/**
 * The samarbeidsplakat itself: one poster per department–agency pair, made from a template version, edited cell by
 * cell with autosave. Every cell keeps its own revision so concurrent writes to one field are detected, never lost.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "security", "security :: *",
        "template", "template :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.poster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
