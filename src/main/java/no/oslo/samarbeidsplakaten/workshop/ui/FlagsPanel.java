package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService.OpenFlag;

/** The open questions ("må avklares") of the poster, live, each with a way to go there and to resolve it. */
class FlagsPanel extends Aside {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(
            OsloTime.ZONE);

    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Consumer<OpenFlag> goTo;
    private final Consumer<OpenFlag> resolve;

    FlagsPanel(Consumer<OpenFlag> goTo, Consumer<OpenFlag> resolve) {
        this.goTo = goTo;
        this.resolve = resolve;
        addClassName("flags-panel");
        setId("ma-avklares");
        var heading = new H2(getTranslation("flags.title"));
        heading.setId("ma-avklares-title");
        getElement().setAttribute("aria-labelledby", "ma-avklares-title");
        none.setText(getTranslation("flags.none"));
        add(heading, none, list);
    }

    public void show(List<OpenFlag> flags) {
        none.setVisible(flags.isEmpty());
        list.removeAll();
        for (OpenFlag flag : flags) {
            var target = new Span(flag.target());
            target.addClassName("flag-target");
            var comment = new Div();
            comment.setText(flag.comment());
            comment.addClassName("flag-comment");
            var by = new Span(getTranslation("flags.by", flag.createdBy(), TIME.format(flag.createdAt())));
            by.addClassName("flag-by");
            var go = new Button(getTranslation("flags.goTo"), e -> goTo.accept(flag));
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            go.setAriaLabel(getTranslation("flags.goToLabel", flag.target()));
            var done = new Button(getTranslation("flags.resolve"), e -> resolve.accept(flag));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setAriaLabel(getTranslation("flags.resolveLabel", flag.target()));
            var item = new ListItem(target, comment, by, new Div(go, done));
            item.addClassName("flag");
            list.add(item);
        }
    }
}
