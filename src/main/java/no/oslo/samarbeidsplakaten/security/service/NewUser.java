package no.oslo.samarbeidsplakaten.security.service;

import org.jspecify.annotations.Nullable;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;

/** What an administrator types to add a user. */
public record NewUser(
        String username,
        String displayName,
        String roleTitle,
        Long organisationId,
        AppRole appRole,
        String password,
        @Nullable String email) {

    /** A user who gets no reminder mails. */
    public NewUser(String username, String displayName, String roleTitle, Long organisationId, AppRole appRole,
            String password) {
        this(username, displayName, roleTitle, organisationId, appRole, password, null);
    }
}
