package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one "not found" page, whatever the reason: an unknown address, a poster that does not exist, or one the user
 * may not see all look the same, so an address never tells whether something exists for somebody else.
 */
abstract class PlainNotFoundPage extends Div implements HasDynamicTitle {

    protected int show() {
        removeAll();
        addClassName("error-page");
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                MainLayout.homeLink(getTranslation("error.notFound.back")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("error.notFound.pageTitle"));
    }
}
