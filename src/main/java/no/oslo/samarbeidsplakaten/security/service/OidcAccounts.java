package no.oslo.samarbeidsplakaten.security.service;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a single sign-on login (Entra ID or any OpenID Connect provider, profile {@code oidc}) into an account of
 * the app: the organisation and the app role come from claims, so the directory decides who is a member of which
 * organisation. Without a known organisation or role the login is refused.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The registration id in the {@code oidc} profile's properties. */
    public static final String REGISTRATION = "oidc";

    private final OidcUserService delegate = new OidcUserService();
    private final UserService users;
    private final String organisationClaim;
    private final String rolesClaim;
    private final String titleClaim;

    OidcAccounts(UserService users,
            @Value("${samarbeidsplakaten.oidc.organisation-claim:organisation}") String organisationClaim,
            @Value("${samarbeidsplakaten.oidc.roles-claim:roles}") String rolesClaim,
            @Value("${samarbeidsplakaten.oidc.title-claim:jobTitle}") String titleClaim) {
        this.users = users;
        this.organisationClaim = organisationClaim;
        this.rolesClaim = rolesClaim;
        this.titleClaim = titleClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String organisation = Optional.ofNullable(oidc.getClaimAsString(organisationClaim)).orElse("");
        AppRole role = role(oidc.getClaim(rolesClaim))
                .orElseThrow(() -> refused("The token has no known app role in the claim " + rolesClaim));
        String name = Optional.ofNullable(oidc.getFullName()).or(() -> Optional.ofNullable(oidc.getPreferredUsername()))
                .orElse(oidc.getSubject());
        String title = Optional.ofNullable(oidc.getClaimAsString(titleClaim)).orElse("");
        String username = "oidc:" + Optional.ofNullable(oidc.getPreferredUsername()).orElse(oidc.getSubject());
        var user = users.provisionFromDirectory(username, name, title, organisation, role, oidc.getEmail())
                .orElseThrow(() -> refused("Unknown organisation " + organisation));
        return new OidcAccount(user, oidc);
    }

    /** The strongest role named in the claim: ADMIN over MEMBER over READER. */
    private static Optional<AppRole> role(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        return List.of(AppRole.ADMIN, AppRole.MEMBER, AppRole.READER).stream()
                .filter(role -> values.stream().anyMatch(v -> role.name().equals(String.valueOf(v)
                        .toUpperCase(Locale.ROOT))))
                .findFirst();
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
    }
}
