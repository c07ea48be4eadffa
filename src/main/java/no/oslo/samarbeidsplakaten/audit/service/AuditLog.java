package no.oslo.samarbeidsplakaten.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEvent;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEventRepository;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. Features call {@link #record} when something worth auditing has happened; sign-ins
 * and failed sign-ins come from Spring Security's events. A line is written only once the work it tells of has
 * committed (a lock that rolls back is not logged), in a transaction of its own after the business one, so a
 * read-only action (an export) is logged too.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records what the current user (or guest) just did, once the surrounding transaction commits. */
    public void record(AuditKind kind, Long posterId, String detail) {
        publisher.publishEvent(new Entry(clock.instant(), actor(), kind, posterId, detail == null ? "" : detail,
                client()));
    }

    /** A line of the log, taken when the work was done and written when it has committed. */
    public record Entry(Instant at, String actor, AuditKind kind, Long posterId, String detail, String client) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void committed(Entry entry) {
        events.save(new AuditEvent(entry.at(), entry.actor(), entry.kind(), entry.posterId(), entry.detail(),
                entry.client()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(AuthenticationSuccessEvent event) {
        write(event.getAuthentication().getName(), AuditKind.LOGIN, null, "");
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(AbstractAuthenticationFailureEvent event) {
        // The name typed, so repeated attempts on one account stand out; never the password.
        write(String.valueOf(event.getAuthentication().getName()), AuditKind.LOGIN_FAILED, null,
                event.getException().getClass().getSimpleName());
    }

    /** The log, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> find(AuditKind kind, String text, Pageable page) {
        String like = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return events.find(kind, like, page);
    }

    /** The account name and how the person is shown, or "system" for work nobody started, such as a warm-up. */
    private String actor() {
        var user = currentUser.get();
        if (user.isPresent()) {
            return user.get().username() + ": " + currentUser.authorName();
        }
        return currentUser.guest().isPresent() ? "gjest: " + currentUser.authorName() : "system";
    }

    private void write(String actor, AuditKind kind, Long posterId, String detail) {
        committed(new Entry(clock.instant(), actor, kind, posterId, detail == null ? "" : detail, client()));
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
