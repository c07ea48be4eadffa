package no.oslo.samarbeidsplakaten.security.service;

import java.util.Collection;
import java.util.List;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in account: what the app needs of the user on every request, read once at login. */
@NamedInterface("service")
public record SignedInUser(
        long id,
        String username,
        String passwordHash,
        String displayName,
        String roleTitle,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        AppRole appRole,
        boolean enabled) implements UserDetails {

    static SignedInUser of(AppUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRoleTitle(), user.getOrganisation().getId(), user.getOrganisation().getName(),
                user.getOrganisation().getKind(), user.getAppRole(), user.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + appRole.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
