package no.oslo.samarbeidsplakaten.security.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUser;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@NamedInterface("service")
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads no more than 72 bytes; a longer password would be cut without anyone knowing, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    UserService(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserListItem> list() {
        return users.findAllByOrderByDisplayName().stream()
                .map(u -> new UserListItem(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoleTitle(),
                        u.getOrganisation().getName(), u.getAppRole(), u.getEmail()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserListItem create(NewUser request) {
        var created = add(request);
        events.publishEvent(new SecurityEvents.UserCreated(created.username(), created.appRole(),
                created.organisationName(), false));
        return created;
    }

    /**
     * Creates or updates the account of someone signed in through single sign-on, as the directory describes them.
     *
     * @return the account, or empty when the organisation code is not in the catalogue
     */
    public java.util.Optional<SignedInUser> provisionFromDirectory(String username, String displayName,
            String roleTitle, String organisationCode, AppRole role, @Nullable String email) {
        var organisation = organisations.findByCode(organisationCode);
        if (organisation.isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = displayName.length() > MAX_NAME_LENGTH ? displayName.substring(0, MAX_NAME_LENGTH) : displayName;
        String title = roleTitle.length() > MAX_NAME_LENGTH ? roleTitle.substring(0, MAX_NAME_LENGTH) : roleTitle;
        var user = users.findByUsername(username).orElseGet(() -> {
            // Signs in only through the identity provider: the password is random and never shown.
            var created = users.save(new AppUser(username, passwordEncoder.encode(randomPassword()), name, title,
                    organisation.get(), role, clock.instant()));
            events.publishEvent(new SecurityEvents.UserCreated(username, role, organisationCode, true));
            return created;
        });
        user.updateFromDirectory(name, title, organisation.get(), role);
        try {
            user.setEmail(email(email));
        } catch (DomainException unusable) {
            // The directory's address is not one mail can go to: the account simply gets no reminders.
            user.setEmail(null);
        }
        return java.util.Optional.of(SignedInUser.of(user));
    }

    /**
     * Creates the first administrator when the database has no users, with a random one-time password.
     *
     * @return the password, to be shown once; empty when users exist already
     */
    public java.util.Optional<String> createInitialAdminIfNone() {
        if (users.count() > 0) {
            return java.util.Optional.empty();
        }
        var blk = organisations.mayorsOffice().orElseThrow(() -> new IllegalStateException("The catalogue has no mayor's office"));
        String password = randomPassword();
        add(new NewUser("admin", "Administrator", "Administrator", blk.getId(), AppRole.ADMIN, password));
        return java.util.Optional.of(password);
    }

    private UserListItem add(NewUser request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("error.user.username");
        }
        if (users.existsByUsername(username)) {
            throw new DomainException("error.user.exists", username);
        }
        String displayName = required(request.displayName(), "error.user.displayName");
        String roleTitle = required(request.roleTitle(), "error.user.roleTitle");
        if (request.organisationId() == null) {
            throw new DomainException("error.user.organisation");
        }
        var organisation = organisations.findById(request.organisationId())
                .orElseThrow(() -> new DomainException("error.user.organisation"));
        if (request.appRole() == null) {
            throw new DomainException("error.user.appRole");
        }
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("error.user.password", MIN_PASSWORD_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new DomainException("error.user.passwordTooLong", MAX_PASSWORD_BYTES);
        }
        var user = new AppUser(username, passwordEncoder.encode(password), displayName, roleTitle,
                organisation, request.appRole(), clock.instant());
        user.setEmail(email(request.email()));
        users.save(user);
        return new UserListItem(user.getId(), username, displayName, roleTitle, organisation.getName(),
                user.getAppRole(), user.getEmail());
    }

    /** @return the address as stored, or null for none */
    static @Nullable String email(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > MAX_NAME_LENGTH || !EMAIL.matcher(v).matches()) {
            throw new DomainException("error.user.email");
        }
        return v;
    }

    private static String required(String value, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_NAME_LENGTH) {
            throw new DomainException(messageKey, MAX_NAME_LENGTH);
        }
        return v;
    }

    private String randomPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    public record UserListItem(long id, String username, String displayName, String roleTitle,
            String organisationName, AppRole appRole, @Nullable String email) {
    }
}
