package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The browser's own print of the page in view; the print stylesheet leaves out the app around the poster. */
public class PrintButton extends Button {

    public PrintButton() {
        super(VaadinIcon.PRINT.create());
        setText(getTranslation("export.print"));
        addClickListener(e -> getElement().executeJs("window.print()"));
        addClassName("print-button");
    }
}
