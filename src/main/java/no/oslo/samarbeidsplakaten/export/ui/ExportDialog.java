package no.oslo.samarbeidsplakaten.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import tools.jackson.databind.JsonNode;

/**
 * Download the poster as PDF (choosing paper and whether to include the reflection notes) or as JSON. The PDF is
 * fetched by the browser from its export address while a progress bar runs, then saved as a file; failures are
 * said in words, and the dialog stays open to try again.
 */
public class ExportDialog extends Dialog {

    /** Fetches the file, saves it under the server's name, and tells how it went: pages, or the server's message. */
    private static final String DOWNLOAD_SCRIPT = """
            return (async () => {
              try {
                const response = await fetch($0, {credentials: 'same-origin'});
                const type = response.headers.get('Content-Type') || '';
                if (!response.ok || !type.startsWith('application/pdf')) {
                  // A signed-out session answers with the login page: not a file to save.
                  const message = type.startsWith('text/plain') ? await response.text() : '';
                  return {ok: false, status: response.status, message: message};
                }
                const disposition = response.headers.get('Content-Disposition') || '';
                const match = /filename="?([^";]+)"?/.exec(disposition);
                const blob = await response.blob();
                const link = document.createElement('a');
                link.href = URL.createObjectURL(blob);
                link.download = match ? match[1] : 'samarbeidsplakat.pdf';
                // Inside the dialog: a click outside it would close the dialog and lose the status below.
                this.appendChild(link);
                // Saving starts after the result is on its way, so the page's answer never waits for the file.
                setTimeout(() => {
                  link.click();
                  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
                }, 0);
                return {ok: true, pages: Number(response.headers.get('X-Poster-Pages') || '1'),
                        wheelPage: response.headers.get('X-Wheel-Page') === 'true'};
              } catch (e) {
                return {ok: false, status: 0, message: ''};
              }
            })()""";

    private final long posterId;
    private final Integer versionNumber;
    private final RadioButtonGroup<PaperFormat> format = new RadioButtonGroup<>();
    private final Checkbox reflection = new Checkbox();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button download = new Button();

    /** @param versionNumber the version to export, or null for the draft */
    public ExportDialog(long posterId, Integer versionNumber, boolean withJson) {
        this.posterId = posterId;
        this.versionNumber = versionNumber;
        addClassName("export-dialog");
        setHeaderTitle(getTranslation(versionNumber == null ? "export.title.draft" : "export.title.version",
                versionNumber));

        format.setLabel(getTranslation("export.format"));
        format.setItems(PaperFormat.A3, PaperFormat.A2, PaperFormat.A4);
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name()));
        format.setValue(PaperFormat.A3);
        reflection.setLabel(getTranslation("export.reflection"));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("export.working"));
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        download.setText(getTranslation("export.pdf"));
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.addClickListener(e -> downloadPdf());
        var json = new Anchor(address("json", ""), getTranslation("export.json"));
        json.getElement().setAttribute("download", true);
        json.addClassName("export-json");
        var draftNote = new Paragraph(getTranslation(versionNumber == null ? "export.draftNote"
                : "export.versionNote"));
        add(draftNote, format, reflection, progress, status);
        var close = new Button(getTranslation("action.close"), e -> close());
        if (withJson) {
            getFooter().add(json);
        }
        getFooter().add(close, download);
    }

    private String address(String extension, String query) {
        String version = versionNumber == null ? "" : "versjon=" + versionNumber;
        String parameters = String.join("&", java.util.stream.Stream.of(version, query)
                .filter(p -> !p.isEmpty()).toList());
        return "eksport/plakat/" + posterId + "." + extension + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private void downloadPdf() {
        String language = getLocale().getLanguage().equals("en") ? "en" : "nb";
        String url = address("pdf", "format=" + format.getValue().name() + "&refleksjon=" + reflection.getValue()
                + "&sprak=" + language);
        download.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("export.working"));
        status.getElement().executeJs(DOWNLOAD_SCRIPT, url).then(JsonNode.class, this::finished,
                error -> finished(null));
    }

    private void finished(JsonNode result) {
        download.setEnabled(true);
        progress.setVisible(false);
        if (result != null && result.path("ok").asBoolean(false)) {
            int pages = result.path("pages").asInt(1);
            boolean wheelPage = result.path("wheelPage").asBoolean(false);
            status.setText(getTranslation(pages > 1 ? "export.doneOverflow"
                    : wheelPage ? "export.doneWithWheel" : "export.done", pages));
        } else if (result != null && !result.path("message").asString("").isBlank()
                && result.path("message").asString("").length() < 300) {
            status.setText(getTranslation("export.failedBecause", result.path("message").asString("")));
        } else {
            status.setText(getTranslation("export.failed"));
        }
    }
}
