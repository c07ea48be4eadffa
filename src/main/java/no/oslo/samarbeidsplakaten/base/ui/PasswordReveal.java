package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.Component;

/** The password field's show-password button says so in the page's language, not in the component's English. */
public final class PasswordReveal {

    private PasswordReveal() {
    }

    /** @param selector where the password field is within the component, or "" for the component itself */
    public static void translate(Component component, String selector) {
        component.getElement().executeJs("""
                const label = $0;
                const field = () => $1 ? this.querySelector($1) : this;
                const apply = tries => {
                  const f = field();
                  if (f) f.i18n = {...(f.i18n || {}), reveal: label};
                  else if (tries > 0) requestAnimationFrame(() => apply(tries - 1));
                };
                customElements.whenDefined('vaadin-password-field').then(() => apply(60));""",
                component.getTranslation("password.reveal"), selector);
    }
}
