package no.oslo.samarbeidsplakaten.security.service;

import no.oslo.samarbeidsplakaten.security.domain.AppRole;

/** What an administrator types to add a user. */
public record NewUser(
        String username,
        String displayName,
        String roleTitle,
        Long organisationId,
        AppRole appRole,
        String password) {
}
