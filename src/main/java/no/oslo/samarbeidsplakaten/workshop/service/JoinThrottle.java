package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.base.DomainException;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: a client (browser address) that types a wrong code too often within a while is
 * turned away, even with the right code, until the while has passed. A code has 31^8 (about 8 * 10^11) values, so a
 * handful of tries per ten minutes makes guessing one hopeless.
 */
@Component
public class JoinThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Above this many clients the oldest records are dropped, so the memory a flood can take stays bounded. */
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @throws DomainException when the client has failed too often lately */
    public void check(String client) {
        var recent = recentFailures(client);
        if (recent.size() >= MAX_FAILURES) {
            long minutes = Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW))
                    .toMinutes() + 1);
            throw new DomainException("error.workshop.tooManyTries", minutes);
        }
    }

    public void failed(String client) {
        if (failures.size() >= MAX_CLIENTS) {
            failures.clear();
        }
        var recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String client) {
        failures.remove(client);
    }

    private Deque<Instant> recentFailures(String client) {
        var recent = failures.getOrDefault(client, new ArrayDeque<>());
        synchronized (recent) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
                recent.removeFirst();
            }
            return new ArrayDeque<>(recent);
        }
    }
}
