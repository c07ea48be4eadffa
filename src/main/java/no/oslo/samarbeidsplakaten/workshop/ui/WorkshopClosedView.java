package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.oslo.samarbeidsplakaten.base.ui.PageFooter;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Where guests land when the facilitator closes the workshop: their access ends here. */
@Route(value = "verksted-avsluttet", autoLayout = false)
@AnonymousAllowed
public class WorkshopClosedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    public WorkshopClosedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("join-view");
        var text = new com.vaadin.flow.component.html.Div(new H1(getTranslation("workshop.closed.title")),
                new Paragraph(getTranslation("workshop.closed.text")));
        text.addClassName("join-form");
        add(text, new PageFooter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.guest().isPresent()) {
            VaadinSession.getCurrent().getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("workshop.closed.title"));
    }
}
