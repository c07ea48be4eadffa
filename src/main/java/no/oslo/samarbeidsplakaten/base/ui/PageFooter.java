package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/** The foot of every page: the accessibility statement, as the regulations require it to be found. */
public class PageFooter extends Footer {

    public PageFooter() {
        addClassName("page-footer");
        var statement = new Anchor(AccessibilityStatementView.ADDRESS, getTranslation("a11y.footerLink"));
        statement.getElement().setAttribute("router-link", true);
        add(statement);
    }
}
