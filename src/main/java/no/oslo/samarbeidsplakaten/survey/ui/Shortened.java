package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Free text as the kartlegging's tables show it: a long text shortened, the whole text a click away. */
class Shortened extends Div {

    Shortened(String text, int limit, String title) {
        addClassName("shortened");
        String clean = text.strip();
        if (clean.length() <= limit) {
            add(new Span(clean));
            return;
        }
        int cut = clean.lastIndexOf(' ', limit);
        add(new Span(clean.substring(0, cut > limit / 2 ? cut : limit) + " …"));
        var more = new Button(getTranslation("survey.showAll"), e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(title);
            var whole = new Div();
            whole.addClassName("text-block");
            whole.setText(clean);
            dialog.add(whole);
            var close = new Button(getTranslation("survey.close"), c -> dialog.close());
            dialog.getFooter().add(close);
            dialog.setWidth("min(60em, 95vw)");
            dialog.open();
        });
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        more.setAriaLabel(getTranslation("survey.showAllOf", title));
        add(more);
    }
}
