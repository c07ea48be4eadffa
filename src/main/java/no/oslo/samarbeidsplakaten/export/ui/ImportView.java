package no.oslo.samarbeidsplakaten.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.base.ui.UploadTexts;
import no.oslo.samarbeidsplakaten.export.service.ImportProblem;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import no.oslo.samarbeidsplakaten.export.service.TransferService.ImportPreview;
import no.oslo.samarbeidsplakaten.export.service.TransferService.ImportRefusedException;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;

/**
 * The admin imports a poster exported as JSON: the file is checked first and every problem listed; only a file
 * without problems can be imported, after the admin has seen which pair it goes to and whether it replaces a draft.
 */
@Route("admin/import")
@Menu(title = "nav.import", order = 3)
@RolesAllowed("ADMIN")
public class ImportView extends Main implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final TransferService transfers;
    private final Div result = new Div();
    private byte[] file;
    private final String tooBig;

    public ImportView(TransferService transfers) {
        this.transfers = transfers;
        addClassName("import-view");
        tooBig = getTranslation("import.upload.tooBig", MAX_FILE_BYTES / 1024 / 1024);
        var upload = new Upload(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setI18n(UploadTexts.of(this, tooBig));
        upload.addFileRejectedListener(e -> show(new Paragraph(e.getErrorMessage()), "refused"));
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload.label"));
        result.addClassName("import-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.lead")), upload, result);
    }

    /**
     * Takes the file in, never more than the limit: the browser refuses a larger file already, and one sent past it
     * is refused here with the same message. Runs outside the UI's lock; what it shows is done inside it.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] data = null;
        if (event.getFileSize() <= MAX_FILE_BYTES) {
            try (var in = event.getInputStream()) {
                data = in.readNBytes(MAX_FILE_BYTES + 1);
            }
        }
        if (data == null || data.length > MAX_FILE_BYTES) {
            event.reject(tooBig);
            ui.access(() -> show(new Paragraph(tooBig), "refused"));
            return;
        }
        byte[] file = data;
        ui.access(() -> check(file));
    }

    /** Shows what the file would become, or every problem in it. */
    void check(byte[] data) {
        file = data;
        ImportPreview preview = transfers.preview(data);
        if (!preview.valid()) {
            problems(preview.problems());
            return;
        }
        var summary = new Paragraph(getTranslation(preview.existingPosterId() == null ? "import.willCreate"
                : "import.willReplace", preview.departmentName(), preview.agencyName()));
        var confirm = new Button(getTranslation("import.confirm"), e -> importFile());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(new Div(summary, confirm), "ready");
    }

    private void importFile() {
        try {
            long posterId = transfers.importFile(file);
            show(new Div(new Paragraph(getTranslation("import.done")),
                    new Anchor(PosterAddress.editor(posterId), getTranslation("import.open"))), "done");
        } catch (ImportRefusedException refused) {
            problems(refused.problems());
        }
    }

    private void problems(List<ImportProblem> problems) {
        var list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.describe(this::getTranslation))));
        show(new Div(new H2(getTranslation("import.refused", problems.size())), list,
                new Paragraph(getTranslation("import.nothingChanged"))), "refused");
    }

    private void show(Div content, String state) {
        result.removeAll();
        result.getElement().setAttribute("data-state", state);
        result.add(content);
    }

    private void show(Paragraph message, String state) {
        show(new Div(message), state);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("import.title"));
    }
}
