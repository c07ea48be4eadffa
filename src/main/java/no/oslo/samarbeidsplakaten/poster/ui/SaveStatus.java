package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.Announcer;

/**
 * Tells the user whether their edits are saved. "Saving" is shown by the browser itself while any field holds text the
 * server has not confirmed; the server says "saved" only when every field's text is committed, and otherwise how many
 * fields are not saved, with a button to try again. A screen reader hears the news through the page's announcer,
 * not every change of this text.
 */
class SaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    
    private final Button retry = new Button();
    private LocalTime lastSaved;
    private String lastProblem = "";
    private int unsaved;

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("data-pending-text", getTranslation("save.pending"));
        retry.setText(getTranslation("save.retry"));
        retry.addClassName("save-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        render();
    }

    /** The button that tries again to save every unsaved field; placed by the editor next to the status. */
    Button retryButton() {
        return retry;
    }

    void onRetry(Runnable action) {
        retry.addClickListener(e -> action.run());
    }

    void saved() {
        lastSaved = LocalTime.now(OsloTime.ZONE);
        render();
    }

    /** Why the latest save failed; shown when {@link #show(int)} counts the fields that are not saved. */
    void failed(String reason) {
        lastProblem = reason;
    }

    /** How many fields hold text that is not saved. */
    void show(int unsavedFields) {
        unsaved = unsavedFields;
        render();
    }

    private void render() {
        retry.setVisible(unsaved > 0);
        if (unsaved > 0) {
            getElement().setAttribute("data-state", "failed");
            setText(getTranslation("save.unsaved", unsaved, lastProblem));
            Announcer.announce(this, getText());
        } else {
            getElement().setAttribute("data-state", "saved");
            setText(lastSaved == null ? getTranslation("save.upToDate")
                    : getTranslation("save.saved", TIME.format(lastSaved)));
            if (lastSaved != null) {
                // Without the time, so that the announcer reads a run of saves while typing once, not every pause.
                Announcer.announce(this, getTranslation("announce.saved"));
            }
        }
    }
}
