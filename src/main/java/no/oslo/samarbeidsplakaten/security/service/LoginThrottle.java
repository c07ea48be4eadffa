package no.oslo.samarbeidsplakaten.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.security.domain.LoginFailure;
import no.oslo.samarbeidsplakaten.security.domain.LoginFailureRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without locking a real user out for long. An account may fail a few times freely;
 * after that each further failure doubles the wait before the next try (2 s, 4 s, 8 s … at most 5 minutes), so an
 * attacker gets a handful of guesses an hour while the user, once the wait is over, signs in as usual. A client
 * address that fails across many accounts waits the same way, up to 15 minutes. Kept in the database, so every node
 * counts alike; what is older than the window is forgotten.
 */
@Component
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FREE_FAILURES_PER_ACCOUNT = 3;
    static final int FREE_FAILURES_PER_CLIENT = 20;
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofMinutes(5);
    static final Duration LONGEST_CLIENT_WAIT = Duration.ofMinutes(15);

    private final LoginFailureRepository failures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, ApplicationEventPublisher events, Clock clock) {
        this.failures = failures;
        this.events = events;
        this.clock = clock;
    }

    /** The failures within the window of one account and of one client address. */
    private record Recent(List<LoginFailure> byAccount, List<LoginFailure> byClient) {

        Optional<Duration> waitAt(Instant now) {
            Duration wait = longer(remaining(byAccount, FREE_FAILURES_PER_ACCOUNT, LONGEST_ACCOUNT_WAIT, now),
                    remaining(byClient, FREE_FAILURES_PER_CLIENT, LONGEST_CLIENT_WAIT, now));
            return wait.isPositive() ? Optional.of(wait) : Optional.empty();
        }
    }

    /** How long this account, tried from this client, must still wait; empty when it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitFor(String typedUsername, String client) {
        Instant now = clock.instant();
        return recent(typedUsername, client, now).waitAt(now);
    }

    /**
     * Counts a sign-in attempt before it is tried, so that attempts sent at the same moment cannot all slip past the
     * wait; a success takes it back ({@link #succeeded}).
     */
    @Transactional
    public void attempting(String typedUsername, String client) {
        Instant now = clock.instant();
        failures.forgetBefore(now.minus(WINDOW));
        failures.save(new LoginFailure(key(typedUsername), key(client), now));
    }

    /**
     * The attempt failed.
     *
     * @return how long the account (or client) must now wait before the next try, if at all
     */
    @Transactional(readOnly = true)
    public Optional<Duration> failed(String typedUsername, String client) {
        Instant now = clock.instant();
        var recent = recent(typedUsername, client, now);
        var wait = recent.waitAt(now);
        wait.ifPresent(w -> events.publishEvent(new SecurityEvents.SignInSlowedDown(key(typedUsername), key(client),
                w.toSeconds(), recent.byClient().size() > FREE_FAILURES_PER_CLIENT)));
        return wait;
    }

    /** The account signed in: its failures are forgotten (the client's count stays). */
    @Transactional
    public void succeeded(String username) {
        failures.forgetAccount(key(username));
    }

    private Recent recent(String typedUsername, String client, Instant now) {
        Instant since = now.minus(WINDOW);
        return new Recent(failures.findByUsernameAndFailedAtAfterOrderByFailedAt(key(typedUsername), since),
                failures.findByClientAndFailedAtAfterOrderByFailedAt(key(client), since));
    }

    /** The form's user name as the account is found by, cut to what is kept. */
    private static String key(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return key.length() > LoginFailure.MAX_LENGTH ? key.substring(0, LoginFailure.MAX_LENGTH) : key;
    }

    /** After the free failures, each one doubles the wait from it: 2 s, 4 s, 8 s … up to the longest. */
    private static Duration remaining(List<LoginFailure> recent, int free, Duration longest, Instant now) {
        int beyond = recent.size() - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = beyond >= 20 ? longest : Duration.ofSeconds(1L << beyond);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        return Duration.between(now, recent.getLast().getFailedAt().plus(wait));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
