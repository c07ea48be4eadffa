package no.oslo.samarbeidsplakaten.security.service;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user behind the current request, as the services record them on what they change. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The name written on changes: display name and role title, e.g. "Kari Nordmann (kommunaldirektør)". */
    public String authorName() {
        return get().map(u -> u.displayName() + " (" + u.roleTitle() + ")")
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
