package no.oslo.samarbeidsplakaten.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The buttons that take a poster out of the app, for the views that show one. */
public final class ExportButtons {

    private ExportButtons() {
    }

    /**
     * Opens the download dialog for a version, or for the draft when the number is null.
     *
     * @param withJson offer the JSON export too: it carries the draft's context, so only for those working on it
     */
    public static Button export(long posterId, Integer versionNumber, boolean withJson) {
        var button = new Button(UI.getCurrent().getTranslation("export.open"), VaadinIcon.DOWNLOAD_ALT.create(),
                e -> new ExportDialog(posterId, versionNumber, withJson).open());
        button.addClassName("export-button");
        return button;
    }

    /** The browser's own print of the page in view; the print stylesheet leaves out the app around the poster. */
    public static Button print() {
        var button = new Button(UI.getCurrent().getTranslation("export.print"), VaadinIcon.PRINT.create(),
                e -> e.getSource().getElement().executeJs("window.print()"));
        button.addClassName("print-button");
        return button;
    }
}
