package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.poster.service.CellConflictException;

/**
 * Somebody saved the same field first. Shows both texts and lets the user keep theirs, take the other, or merge by
 * hand; nothing is lost whichever they choose.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(CellConflictException conflict, String mine, Consumer<String> onResolved) {
        setHeaderTitle(getTranslation("conflict.title"));
        addClassName("conflict-dialog");
        setCloseOnOutsideClick(false);

        var theirs = new TextArea(getTranslation("conflict.theirs", conflict.getChangedBy()));
        theirs.setValue(conflict.getCurrent().value());
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        var merged = new TextArea(getTranslation("conflict.mine"));
        merged.setValue(mine);
        merged.setWidthFull();
        merged.setHelperText(getTranslation("conflict.mergeHelp"));

        var keepMine = new Button(getTranslation("conflict.keepMine"), e -> resolve(onResolved, merged.getValue()));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var takeTheirs = new Button(getTranslation("conflict.takeTheirs"),
                e -> resolve(onResolved, conflict.getCurrent().value()));

        add(new VerticalLayout(new Paragraph(getTranslation("conflict.text", conflict.getChangedBy())), theirs,
                merged));
        getFooter().add(new HorizontalLayout(takeTheirs, keepMine));
        setWidth("min(720px, 95vw)");
    }

    private void resolve(Consumer<String> onResolved, String value) {
        close();
        onResolved.accept(value);
    }
}
