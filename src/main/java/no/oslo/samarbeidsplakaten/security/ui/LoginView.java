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
import no.oslo.samarbeidsplakaten.base.ui.LanguageSwitch;
import no.oslo.samarbeidsplakaten.security.service.OidcAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        addClassName("login-view");
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(null);
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

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
        add(brand, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
