package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import no.oslo.samarbeidsplakaten.base.NotFoundException;

/** A plain "not found" page: it says nothing about whether the address exists for somebody else. */
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-page");
        add(new H1(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text")),
                new RouterLink(getTranslation("error.notFound.back"), no.oslo.samarbeidsplakaten.poster.ui.OverviewView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
