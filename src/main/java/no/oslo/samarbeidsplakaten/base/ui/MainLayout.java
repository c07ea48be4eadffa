package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: a link past the bar to the content, the app's name, navigation, language and
 * the signed-in user; the page's live region for screen readers; and the footer.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    static final String CONTENT_ID = "innhold";

    private final Div content = new Div();
    private final PageFooter footer = new PageFooter();

    public MainLayout(AuthenticationContext authentication, SignedInLabel signedIn) {
        addClassName("main-layout");
        var brand = homeLink(getTranslation("app.name"));
        brand.addClassName("brand");

        // The views a feature puts in the menu (@Menu), only those the signed-in user may open.
        var nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.add(menuLink(entry));
        }

        var user = new Span(signedIn.label(this));
        user.addClassName("signed-in-user");
        var logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        logout.addClassName("logout");

        var spacer = new Div();
        spacer.addClassName("spacer");
        var bar = new Header(brand, nav, spacer, new LanguageSwitch(getLocale()), user, logout);
        bar.addClassName("app-bar");
        content.addClassName("main-content");
        content.setId(CONTENT_ID);
        // Focusable by script only: the skip link puts the focus here, not in the tab order.
        content.getElement().setAttribute("tabindex", "-1");
        add(skipLink(), bar, content, new Announcer());
    }

    /** The first stop of the tab order: straight to the view (on a poster, the poster), past the bar. */
    private Anchor skipLink() {
        var skip = new Anchor("#" + CONTENT_ID, getTranslation("nav.skip"));
        skip.setRouterIgnore(true);
        skip.addClassName("skip-link");
        // The router would treat the fragment as an address; the link only moves the focus.
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const content = document.getElementById($0);
                  const view = content.querySelector('main.poster-editor .poster-sheet') || content;
                  if (view !== content) view.setAttribute('tabindex', '-1');
                  view.focus();
                });""", CONTENT_ID);
        return skip;
    }

    /** A link to the start page, handled by the router. */
    static Anchor homeLink(String text) {
        var link = new Anchor(".", text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private RouterLink menuLink(MenuEntry entry) {
        @SuppressWarnings("unchecked")
        var target = (Class<? extends com.vaadin.flow.component.Component>) entry.menuClass();
        var link = new RouterLink(getTranslation(entry.title()), target);
        String path = entry.path().replaceAll("^/", "");
        // The start page's address is a prefix of every other: it is current only when it is the page shown.
        link.setHighlightCondition((l, event) -> path.isEmpty() ? event.getLocation().getPath().isEmpty()
                : event.getLocation().getPath().startsWith(path));
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement(), footer.getElement());
        }
    }
}
