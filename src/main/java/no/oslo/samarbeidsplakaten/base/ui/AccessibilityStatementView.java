package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement (tilgjengelighetserklæring) in the parts the supervisory authority asks for: which
 * requirements apply, how the app is tested, the known deviations, and how to report a barrier. Open to everybody,
 * signed in or not, and linked from the foot of every page and from the login.
 */
@Route(value = AccessibilityStatementView.ADDRESS, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ADDRESS = "tilgjengelighet";

    public AccessibilityStatementView(@Value("${samarbeidsplakaten.accessibility.contact}") String contact) {
        addClassName("statement-view");
        var home = MainLayout.homeLink(getTranslation("a11y.back"));
        add(home, new H1(getTranslation("a11y.title")), new Paragraph(getTranslation("a11y.intro")));

        add(new H2(getTranslation("a11y.status.title")), new Paragraph(getTranslation("a11y.status.text")));
        add(new H2(getTranslation("a11y.tested.title")), list("a11y.tested", 6));
        add(new H2(getTranslation("a11y.deviations.title")), list("a11y.deviation", 4));
        add(new H2(getTranslation("a11y.projector.title")), new Paragraph(getTranslation("a11y.projector.text")));

        var mail = new Anchor("mailto:" + contact, contact);
        var report = new Paragraph(new Span(getTranslation("a11y.report.text") + " "), mail, new Span(". "),
                new Span(getTranslation("a11y.report.answer")));
        var authority = new Anchor("https://www.uutilsynet.no/", getTranslation("a11y.report.authorityLink"),
                AnchorTarget.BLANK);
        add(new H2(getTranslation("a11y.report.title")), report,
                new Paragraph(new Span(getTranslation("a11y.report.authority") + " "), authority, new Span(".")),
                new Paragraph(getTranslation("a11y.date")));
    }

    private UnorderedList list(String keyPrefix, int count) {
        var list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(keyPrefix + "." + i)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("a11y.title"));
    }
}
