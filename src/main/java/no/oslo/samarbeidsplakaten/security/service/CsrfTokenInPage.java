package no.oslo.samarbeidsplakaten.security.service;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Writes the session's CSRF token into every page as the meta tags Vaadin's login form looks for, so the form sends
 * it with the sign-in POST and {@link LoginGuard} can tell a sign-in from this page from one forged on another site.
 */
@Component
class CsrfTokenInPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                var head = page.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf_header").attr("content", token.getHeaderName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
