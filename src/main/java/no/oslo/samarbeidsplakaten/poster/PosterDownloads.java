package no.oslo.samarbeidsplakaten.poster;

import com.vaadin.flow.component.button.Button;

/** The button that takes a poster out of the app as a file; the export feature provides it. */
public interface PosterDownloads {

    /**
     * Opens the download choices for a version, or for the draft when the number is null.
     *
     * @param withJson offer the JSON export too: it carries the draft's context, so only for those working on it
     */
    Button button(long posterId, Integer versionNumber, boolean withJson);
}
