package no.oslo.samarbeidsplakaten.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.ui.LanguageSwitch;
import no.oslo.samarbeidsplakaten.base.ui.PageFooter;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.base.ui.PasswordReveal;
import no.oslo.samarbeidsplakaten.security.service.OidcAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n.Form form = new LoginI18n.Form();

    public LoginView(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        addClassName("login-view");
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        // The page's h1 is the app's name: the form's own title is a level below it.
        login.getElement().setProperty("headingLevel", 2);
        PasswordReveal.translate(login, "vaadin-password-field");

        var kicker = new Span(getTranslation("poster.kicker"));
        kicker.addClassName("kicker");
        var brand = new Div(kicker, new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.lead")));
        brand.addClassName("login-brand");
        var language = new LanguageSwitch(getLocale());
        var panel = new Div(language, login);
        if (singleSignOn.getIfAvailable() != null) {
            // A full page load, not a route: the identity provider takes over the window.
            var sso = new Anchor("oauth2/authorization/" + OidcAccounts.REGISTRATION, getTranslation("login.sso"));
            sso.setRouterIgnore(true);
            sso.addClassName("sso-login");
            panel.add(sso);
        }
        panel.addClassName("login-panel");
        add(brand, panel, new PageFooter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var i18n = LoginI18n.createDefault();
        i18n.setForm(form);
        i18n.setAdditionalInformation(null);
        var error = i18n.getErrorMessage();
        long wait = parameters.getOrDefault("wait", List.of()).stream().findFirst().filter(w -> w.matches("\\d{1,6}"))
                .map(Long::parseLong).orElse(0L);
        if (wait > 0) {
            error.setTitle(getTranslation("login.error.slowed.title"));
            error.setMessage(wait < 120 ? getTranslation("login.error.slowed.seconds", wait)
                    : getTranslation("login.error.slowed.minutes", (wait + 59) / 60));
        } else if (parameters.containsKey("expired")) {
            error.setTitle(getTranslation("login.error.expired.title"));
            error.setMessage(getTranslation("login.error.expired.message"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("expired"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("login.pageTitle"));
    }
}
