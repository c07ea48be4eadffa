package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.oslo.samarbeidsplakaten.base.ui.AppAddress;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopInfo;

/** The join code, large, with its address and QR code: for the projector at the start of the workshop. */
class JoinCodeDialog extends Dialog {

    JoinCodeDialog(WorkshopInfo workshop) {
        setHeaderTitle(getTranslation("workshop.join.title"));
        add(new JoinCodePanel(workshop, AppAddress.base()));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Code, address and QR code; also shown in the projector view. */
    public static class JoinCodePanel extends Div {

        public JoinCodePanel(WorkshopInfo workshop, String baseAddress) {
            addClassName("join-code-panel");
            String address = baseAddress + workshop.joinPath();
            var lead = new Paragraph(getTranslation("workshop.join.lead"));
            var code = new Span(workshop.displayCode());
            code.addClassName("join-code");
            code.getElement().setAttribute("aria-label",
                    getTranslation("workshop.join.codeLabel", String.join(" ", workshop.displayCode().split(""))));
            var link = new Span(address);
            link.addClassName("join-address");
            var text = new Div(lead, code, new Paragraph(getTranslation("workshop.join.or")), link);
            text.addClassName("join-text");
            add(text, new QrCode(address, getTranslation("workshop.join.qrAlt", address)));
        }
    }
}
