/**
 * The kartlegging: the mayor's office sees and compares practice across every department–agency pair, from the
 * posters themselves (their agreed version, or the draft where none is agreed yet): status of the whole city, the
 * practice matrix by standard meeting type, deviations from the template's common rules with the pairs' reasons,
 * the meeting names in use and which standard type they stand for, the reflection answers side by side, charts, and
 * the same as an Excel workbook and a PDF report. A department member sees it for its own agencies; an agency member
 * sees its own pair next to the city's typical practice, never another agency's poster.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *",
        "poster", "poster :: *",
        "security", "security :: *",
        "template", "template :: *",
        "versioning", "versioning :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
