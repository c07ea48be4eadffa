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

    /** Too many failed sign-ins: the account (or the client address) must wait before the next try. */
    @NamedInterface("events")
    public record SignInSlowedDown(String username, String client, long waitSeconds, boolean wholeClient) {
    }
}
