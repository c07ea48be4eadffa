package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.oslo.samarbeidsplakaten.audit.ui.AuditView;
import no.oslo.samarbeidsplakaten.export.ui.ImportView;
import no.oslo.samarbeidsplakaten.poster.ui.OverviewView;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.ui.UserAdminView;

/** The frame around every signed-in view: the app's name, navigation, language and the signed-in user. */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        addClassName("main-layout");
        var brand = new RouterLink(getTranslation("app.name"), OverviewView.class);
        brand.addClassName("brand");

        var nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        if (authentication.hasAnyRole("ADMIN", "MEMBER", "READER")) {
            var overview = new RouterLink(getTranslation("nav.overview"), OverviewView.class);
            overview.setHighlightCondition((link, event) -> event.getLocation().getPath().isEmpty());
            nav.add(overview);
        }
        if (authentication.hasRole("ADMIN")) {
            nav.add(new RouterLink(getTranslation("nav.users"), UserAdminView.class),
                    new RouterLink(getTranslation("nav.import"), ImportView.class),
                    new RouterLink(getTranslation("nav.audit"), AuditView.class));
        }

        var user = new Span(currentUser.get()
                .map(u -> u.displayName() + " · " + u.roleTitle())
                .or(() -> currentUser.guest().map(g -> getTranslation("nav.guest", g.displayName(), g.roleTitle())))
                .orElse(""));
        user.addClassName("signed-in-user");
        var logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        logout.addClassName("logout");

        var spacer = new Div();
        spacer.addClassName("spacer");
        var bar = new Header(brand, nav, spacer, new LanguageSwitch(getLocale()), user, logout);
        bar.addClassName("app-bar");
        content.addClassName("main-content");
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
