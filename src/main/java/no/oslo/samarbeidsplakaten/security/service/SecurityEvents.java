package no.oslo.samarbeidsplakaten.security.service;

import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import org.springframework.modulith.NamedInterface;

/** What happens to accounts, for whoever keeps track (the audit log). */
public final class SecurityEvents {

    private SecurityEvents() {
    }

    /** An account was made, by an administrator or at a first single sign-on. */
    @NamedInterface("events")
    public record UserCreated(String username, AppRole role, String organisation, boolean singleSignOn) {
    }
}
