package no.oslo.samarbeidsplakaten.security.ui;

import no.oslo.samarbeidsplakaten.base.ui.SignedInLabel;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/** The app bar's name of who is signed in: a user by name and role, a workshop guest marked as a guest. */
@Component
class SignedInUserLabel implements SignedInLabel {

    private final CurrentUser currentUser;

    SignedInUserLabel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String label(com.vaadin.flow.component.Component where) {
        return currentUser.get()
                .map(u -> u.displayName() + " · " + u.roleTitle())
                .or(() -> currentUser.guest()
                        .map(g -> where.getTranslation("nav.guest", g.displayName(), g.roleTitle())))
                .orElse("");
    }
}
