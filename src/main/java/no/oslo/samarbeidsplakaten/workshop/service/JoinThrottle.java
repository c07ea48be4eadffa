package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.workshop.domain.JoinFailure;
import no.oslo.samarbeidsplakaten.workshop.domain.JoinFailureRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of join codes: a client address that types a wrong code too often within a while is turned
 * away, even with the right code, until the while has passed. A code has 31^8 (about 8 * 10^11) values, so ten tries
 * per ten minutes makes guessing one hopeless, while a workshop room behind one address (NAT) can afford a few typos;
 * if the room is turned away all the same, the facilitator lifts the block for the address they sit behind. The address is the one the connection
 * comes from, or what a trusted proxy says it is (see the README), so a forged header gives no fresh tries. The
 * failures are kept in the database, so a guesser whom the load balancer spreads over several nodes meets one limit.
 */
@Component
public class JoinThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final JoinFailureRepository failures;
    private final Clock clock;

    JoinThrottle(JoinFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** @throws DomainException when the client has failed too often lately */
    @Transactional(readOnly = true)
    public void check(String client) {
        var recent = failures.findByClientAndFailedAtAfterOrderByFailedAt(client, clock.instant().minus(WINDOW));
        if (recent.size() >= MAX_FAILURES) {
            Instant free = recent.get(recent.size() - MAX_FAILURES).getFailedAt().plus(WINDOW);
            long minutes = Math.max(1, Duration.between(clock.instant(), free).toMinutes() + 1);
            throw new DomainException("error.workshop.tooManyTries", minutes);
        }
    }

    /** Counts a wrong code; in a transaction of its own, so it counts although the join that failed rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String client) {
        Instant now = clock.instant();
        // What has left the window never counts again; dropping it keeps the table as small as the last ten minutes.
        failures.forgetBefore(now.minus(WINDOW));
        failures.save(new JoinFailure(client, now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String client) {
        failures.forget(client);
    }

    /** The address may try again at once: the facilitator's answer to their room (one address behind NAT). */
    @Transactional
    public void lift(String client) {
        failures.forget(client);
    }
}
