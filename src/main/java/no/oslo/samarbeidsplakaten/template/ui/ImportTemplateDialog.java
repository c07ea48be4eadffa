package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import no.oslo.samarbeidsplakaten.base.ui.UploadTexts;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.template.service.TemplateProblem;

/**
 * Starts the draft from a template file, e.g. another installation's export. The file is checked like a poster
 * import: every problem is listed and nothing is written from a broken file.
 */
class ImportTemplateDialog extends Dialog {

    private final TemplateDrafts drafts;
    private final Runnable imported;
    private final Div result = new Div();

    ImportTemplateDialog(TemplateDrafts drafts, Runnable imported) {
        this.drafts = drafts;
        this.imported = imported;
        setHeaderTitle(getTranslation("template.import.title"));
        setWidth("min(40rem, 95vw)");
        var upload = new Upload(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TemplateDrafts.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setI18n(UploadTexts.of(this, getTranslation("template.import.tooLarge")));
        upload.getElement().setAttribute("aria-label", getTranslation("template.import.upload"));
        upload.addFileRejectedListener(e -> show(new Paragraph(e.getErrorMessage()), "refused"));
        result.addClassName("import-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("template.import.lead")), upload, result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Reads the file outside the UI's lock; checks and shows inside it. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] data;
        try (var in = event.getInputStream()) {
            data = in.readNBytes(TemplateDrafts.MAX_IMPORT_BYTES + 1);
        }
        ui.access(() -> check(data));
    }

    void check(byte[] data) {
        var problems = drafts.importJson(data);
        if (problems.isEmpty()) {
            show(new Paragraph(getTranslation("template.import.done")), "done");
            imported.run();
            return;
        }
        var list = new UnorderedList();
        for (TemplateProblem problem : problems) {
            list.add(new ListItem(getTranslation(problem.messageKey(), problem.arguments().toArray())));
        }
        show(new Div(new Paragraph(getTranslation("template.import.refused", problems.size())), list,
                new Paragraph(getTranslation("template.import.nothingChanged"))), "refused");
    }

    private void show(com.vaadin.flow.component.Component content, String state) {
        result.removeAll();
        result.getElement().setAttribute("data-state", state);
        result.add(content);
    }
}
