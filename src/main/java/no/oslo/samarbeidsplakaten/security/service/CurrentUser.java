package no.oslo.samarbeidsplakaten.security.service;

import java.util.Optional;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request: a signed-in user or a workshop guest. */
@Component
@NamedInterface("service")
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Object principal = principal();
        if (principal instanceof OidcAccount account) {
            return Optional.of(account.user());
        }
        return principal instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    public Optional<GuestPrincipal> guest() {
        return principal() instanceof GuestPrincipal guest ? Optional.of(guest) : Optional.empty();
    }

    public Actor actor() {
        var signedIn = get();
        if (signedIn.isPresent()) {
            var user = signedIn.get();
            return new Actor("user:" + user.id(), user.displayName(), user.roleTitle(),
                    Side.of(user.organisationKind()), false);
        }
        if (principal() instanceof GuestPrincipal guest) {
            return new Actor(guest.getName(), guest.displayName(), guest.roleTitle(), guest.side(), true);
        }
        throw new IllegalStateException("Nobody is signed in");
    }

    /** The name written on changes, e.g. "Kari Nordmann (kommunaldirektør)". */
    public String authorName() {
        return actor().authorName();
    }

    private static Object principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }
}
