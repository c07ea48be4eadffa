package no.oslo.samarbeidsplakaten.support;

import java.time.Instant;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationRepository;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUser;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Puts the database into a known state for a test: known users, no posters. */
@Component
public class TestData {

    public static final String PASSWORD = "riktig-hemmelig-passord";

    private final JdbcTemplate jdbc;
    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;

    TestData(JdbcTemplate jdbc, AppUserRepository users, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
    }

    public void removePosters() {
        jdbc.update("delete from poster");
    }

    /** A member of the given organisation with {@link #PASSWORD}; created once. */
    public void member(String username, String displayName, String roleTitle, String organisationCode) {
        if (users.existsByUsername(username)) {
            return;
        }
        users.save(new AppUser(username, passwordEncoder.encode(PASSWORD), displayName, roleTitle,
                organisations.findByCode(organisationCode).orElseThrow(), AppRole.MEMBER, Instant.now()));
    }

    /** Runs an action as the administrator, then restores the caller's security context. */
    public void asAdmin(Runnable action) {
        as("admin", action);
    }

    /** Runs an action as the given user, then restores the caller's security context. */
    public void as(String username, Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var admin = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public long organisationId(String code) {
        return organisations.findByCode(code).orElseThrow().getId();
    }
}
