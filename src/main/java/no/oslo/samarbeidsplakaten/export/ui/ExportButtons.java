package no.oslo.samarbeidsplakaten.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.oslo.samarbeidsplakaten.poster.PosterDownloads;

/** The download button the views that show a poster put beside it: it opens the choice of format and paper. */
@org.springframework.stereotype.Component
class ExportButtons implements PosterDownloads {

    @Override
    public Button button(long posterId, Integer versionNumber, boolean withJson) {
        var button = new Button(UI.getCurrent().getTranslation("export.open"), VaadinIcon.DOWNLOAD_ALT.create(),
                e -> new ExportDialog(posterId, versionNumber, withJson).open());
        button.addClassName("export-button");
        return button;
    }
}
