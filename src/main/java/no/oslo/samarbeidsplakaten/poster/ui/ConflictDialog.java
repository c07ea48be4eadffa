package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.domain.CommittedCell;

/**
 * Somebody saved the same field first. Shows their committed text, who saved it and when, next to the user's own, and
 * lets the user keep theirs, take the other, or merge by hand. Closing it without a choice (Esc) keeps the user's text
 * on screen, unsaved; nothing is lost whichever they do.
 */
class ConflictDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(
            OsloTime.ZONE);

    private final TextArea merged = new TextArea();
    private boolean resolved;

    /**
     * @param onResolved gets the text that should hold
     * @param onDismissed runs when the dialog is closed without a choice
     * @param returnFocus puts the focus back on the field afterwards
     */
    ConflictDialog(CommittedCell theirs, String mine, Consumer<String> onResolved, Runnable onDismissed,
            Runnable returnFocus) {
        setHeaderTitle(getTranslation("conflict.title"));
        addClassName("conflict-dialog");
        setCloseOnOutsideClick(false);
        String when = theirs.changedAt() == null ? "" : TIME.format(theirs.changedAt());

        var theirsField = new TextArea(getTranslation("conflict.theirs", theirs.changedBy(), when));
        theirsField.addClassName("conflict-theirs");
        theirsField.setValue(theirs.value());
        theirsField.setReadOnly(true);
        theirsField.setWidthFull();
        merged.setLabel(getTranslation("conflict.mine"));
        merged.addClassName("conflict-mine");
        merged.setValue(mine);
        merged.setWidthFull();
        merged.setHelperText(getTranslation("conflict.mergeHelp"));

        var keepMine = new Button(getTranslation("conflict.keepMine"), e -> resolve(onResolved, merged.getValue()));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var takeTheirs = new Button(getTranslation("conflict.takeTheirs"),
                e -> resolve(onResolved, theirs.value()));

        add(new VerticalLayout(new Paragraph(getTranslation("conflict.text", theirs.changedBy(), when)),
                theirsField, merged));
        getFooter().add(new HorizontalLayout(takeTheirs, keepMine));
        setWidth("min(720px, 95vw)");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                if (!resolved) {
                    onDismissed.run();
                }
                returnFocus.run();
            }
        });
        addAttachListener(e -> merged.focus());
    }

    /** The user's side as it stands, merged by hand or not. */
    String mine() {
        return merged.getValue();
    }

    /** What the user typed in the field after the dialog opened belongs to their side. */
    void updateMine(String text) {
        merged.setValue(text);
    }

    private void resolve(Consumer<String> onResolved, String value) {
        resolved = true;
        close();
        onResolved.accept(value);
    }
}
