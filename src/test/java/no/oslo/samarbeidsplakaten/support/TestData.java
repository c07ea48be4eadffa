package no.oslo.samarbeidsplakaten.support;

import java.time.Instant;
import java.util.List;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationRepository;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUser;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final ObjectProvider<PosterLifecycle> lifecycle;
    private final ObjectProvider<VersioningService> versioning;
    private final ObjectProvider<TemplateService> templates;
    private final ObjectProvider<OrganisationService> organisationService;

    TestData(JdbcTemplate jdbc, AppUserRepository users, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, UserDetailsService userDetails,
            ObjectProvider<SecurityContextHolderStrategy> strategies, ObjectProvider<PosterLifecycle> lifecycle,
            ObjectProvider<VersioningService> versioning, ObjectProvider<TemplateService> templates,
            ObjectProvider<OrganisationService> organisationService) {
        this.templates = templates;
        this.organisationService = organisationService;
        this.strategies = strategies;
        this.lifecycle = lifecycle;
        this.versioning = versioning;
        this.jdbc = jdbc;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
    }

    /**
     * The usual starting point: no posters but a new one of Miljø og samferdsel and Bymiljøetaten, created by Kari
     * (kommunaldirektør, MOS); Per (etatssjef, BYM) speaks for the agency.
     *
     * @return the poster's id
     */
    public long freshMosBymPoster() {
        removePosters();
        member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        member("per", "Per Hansen", "Etatssjef", "BYM");
        return fetchAs("kari", () -> lifecycle.getObject().create(organisationId("MOS"), organisationId("BYM")));
    }

    /**
     * The fresh poster of {@link #freshMosBymPoster()}, agreed by Kari and Per as version 1 (next review in a year).
     *
     * @return the poster's id
     */
    public long agreedMosBymPoster() {
        long posterId = freshMosBymPoster();
        as("kari", () -> versioning.getObject().approve(posterId));
        as("per", () -> versioning.getObject().approve(posterId));
        as("kari", () -> versioning.getObject().lock(posterId, "Første versjon",
                java.time.LocalDate.now().plusYears(1)));
        return posterId;
    }

    public void removePosters() {
        // Agreed versions refuse DELETE by trigger and foreign key; TRUNCATE, which the app never uses, clears them.
        if (onPostgres()) {
            jdbc.execute("truncate table version_approver, version_participant, poster_version");
        } else {
            jdbc.execute("truncate table version_approver");
            jdbc.execute("truncate table version_participant");
            jdbc.execute("alter table poster_version set referential_integrity false");
            jdbc.execute("truncate table poster_version");
            jdbc.execute("alter table poster_version set referential_integrity true");
        }
        jdbc.update("delete from poster");
    }

    /**
     * Back to the template as it ships: no posters (they may follow a later version), no draft, only version 1
     * published, and its role catalogue.
     */
    public void resetTemplate() {
        removePosters();
        jdbc.update("delete from template_draft");
        jdbc.update("delete from template_version where version > 1");
        var shipped = templates.getObject().byKeyAndVersion(TemplateService.OSLO_STANDARD, 1);
        organisationService.getObject().adoptRoleCatalogue(shipped.roles().stream()
                .map(r -> new OrganisationService.CatalogueRole(r.key(), r.side(), r.nb(), r.en())).toList());
        jdbc.update("delete from role_title where retired");
    }

    private boolean onPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    /** A member of the given organisation with {@link #PASSWORD}; created once. */
    public void member(String username, String displayName, String roleTitle, String organisationCode) {
        account(username, displayName, roleTitle, organisationCode, AppRole.MEMBER);
    }

    /** An account of any app role with {@link #PASSWORD}; created once. */
    public void account(String username, String displayName, String roleTitle, String organisationCode,
            AppRole role) {
        if (users.existsByUsername(username)) {
            return;
        }
        users.save(new AppUser(username, passwordEncoder.encode(PASSWORD), displayName, roleTitle,
                organisations.findByCode(organisationCode).orElseThrow(), role, Instant.now()));
    }

    /** Gives an account the mail address reminders go to. */
    public void email(String username, String address) {
        jdbc.update("update app_user set email = ? where username = ?", address, username);
    }

    /** Moves a poster's review date, e.g. into the reminders' window; locking never sets a date this close. */
    public void reviewOn(long posterId, java.time.LocalDate date) {
        jdbc.update("update poster set next_review = ? where id = ?", date, posterId);
    }

    /** Runs an action as the administrator, then restores the caller's security context. */
    public void asAdmin(Runnable action) {
        as("admin", action);
    }

    /** Runs an action as the given user, then restores the caller's security context. */
    public void as(String username, Runnable action) {
        var user = userDetails.loadUserByUsername(username);
        with(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
    }

    /** Runs an action as a workshop guest, as the join page signs one in. */
    public void asGuest(GuestPrincipal guest, Runnable action) {
        with(UsernamePasswordAuthenticationToken.authenticated(guest, null,
                List.of(new SimpleGrantedAuthority("ROLE_GUEST"))), action);
    }

    /** Runs an action with nobody signed in. */
    public void anonymously(Runnable action) {
        with(null, action);
    }

    /**
     * Sets the authentication both where this application context's method security reads it (its strategy bean)
     * and in the static holder: with several test contexts in one JVM the two can differ.
     */
    private void with(Authentication authentication, Runnable action) {
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var previous = strategy.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            strategy.setContext(previous);
            SecurityContextHolder.setContext(previousStatic);
        }
    }

    /** Gets a value as the given user, then restores the caller's security context. */
    public <T> T fetchAs(String username, java.util.function.Supplier<T> action) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        as(username, () -> result.set(action.get()));
        return result.get();
    }

    public Organisation organisation(String code) {
        return organisations.findByCode(code).orElseThrow();
    }

    public long organisationId(String code) {
        return organisations.findByCode(code).orElseThrow().getId();
    }
}
