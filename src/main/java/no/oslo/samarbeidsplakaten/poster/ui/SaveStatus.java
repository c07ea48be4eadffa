package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Tells the user whether their edits are saved. "Saving" is shown by the browser itself the moment they type (the
 * server only learns of the text after a short pause); the server then answers with "saved" or "not saved".
 */
class SaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-pending-text", getTranslation("save.pending"));
        getElement().setAttribute("data-state", "saved");
        setText(getTranslation("save.upToDate"));
    }

    /** Marks the status as pending whenever the user types anywhere inside {@code editor}. */
    void watchTypingIn(Component editor) {
        editor.getElement().executeJs(
                "const status = $0; this.addEventListener('input', () => status.setAttribute('data-pending', ''));",
                getElement());
    }

    void saved() {
        getElement().setAttribute("data-state", "saved");
        setText(getTranslation("save.saved", TIME.format(LocalTime.now(OSLO))));
        clearPending();
    }

    void failed(String reason) {
        getElement().setAttribute("data-state", "failed");
        setText(getTranslation("save.failed", reason));
        clearPending();
    }

    private void clearPending() {
        getElement().executeJs("this.removeAttribute('data-pending')");
    }
}
