package no.oslo.samarbeidsplakaten.audit.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEvent;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEventRepository;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarEvents;
import no.oslo.samarbeidsplakaten.export.service.ExportEvents;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.service.SecurityEvents;
import no.oslo.samarbeidsplakaten.template.service.TemplateEvents;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningEvents;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents;
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
 * Writes and reads the audit log. It only listens: the features publish what they did (workshops, approvals, versions,
 * exports, accounts, reader access), sign-ins and failed sign-ins come from Spring Security's events. A line is written only once the work it tells of has
 * committed (a lock that rolls back is not logged), in a transaction of its own after the business one, so a
 * read-only action (an export) is logged too.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // Each feature publishes what it did; a line is written once that work has committed (at once when it ran
    // outside a transaction), in a transaction of its own, still on the thread of the user who did it.

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void workshopChanged(WorkshopEvents.WorkshopChanged event) {
        write(actor(), event.open() ? AuditKind.WORKSHOP_OPENED : AuditKind.WORKSHOP_CLOSED, event.posterId(), "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void guestJoined(WorkshopEvents.GuestJoined event) {
        write(actor(), AuditKind.JOINED, event.posterId(), event.name() + " (" + event.roleTitle() + ", "
                + event.side().name() + "), " + event.client());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void approved(VersioningEvents.Approved event) {
        write(actor(), AuditKind.APPROVED, event.posterId(), event.side().name());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void locked(VersioningEvents.VersionLocked event) {
        write(actor(), AuditKind.LOCKED, event.posterId(), "versjon " + event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void restored(VersioningEvents.VersionRestored event) {
        write(actor(), AuditKind.RESTORED, event.posterId(), "versjon " + event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(ExportEvents.Exported event) {
        write(actor(), AuditKind.EXPORTED, event.posterId(), event.what());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void imported(ExportEvents.Imported event) {
        write(actor(), AuditKind.IMPORTED, event.posterId(), event.pair());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void readersChanged(PosterEvents.ReadersChanged event) {
        write(actor(), AuditKind.ACCESS_CHANGED, null, "bruker " + event.userId() + " leser plakat "
                + event.posterIds().stream().sorted().toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void templatePublished(TemplateEvents.Published event) {
        write(actor(), AuditKind.TEMPLATE_PUBLISHED, null, "malversjon " + event.version());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void templateAdopted(PosterEvents.TemplateAdopted event) {
        write(actor(), AuditKind.TEMPLATE_ADOPTED, event.posterId(), "malversjon " + event.from() + " → "
                + event.to());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void calendarRenewed(CalendarEvents.AddressRenewed event) {
        write(actor(), AuditKind.CALENDAR_RENEWED, event.posterId(), "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void userCreated(SecurityEvents.UserCreated event) {
        write(actor(), AuditKind.USER_CREATED, null, event.username() + " (" + event.role().name() + ", "
                + event.organisation() + (event.singleSignOn() ? ", single sign-on)" : ")"));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(AuthenticationSuccessEvent event) {
        write(event.getAuthentication().getName(), AuditKind.LOGIN, null, "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInSlowedDown(SecurityEvents.SignInSlowedDown event) {
        write(event.username(), AuditKind.SIGN_IN_SLOWED, null, (event.wholeClient()
                ? "klientadressen " + event.client() : "kontoen") + " må vente " + event.waitSeconds() + " s");
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
        events.save(new AuditEvent(clock.instant(), actor, kind, posterId, detail == null ? "" : detail, client()));
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
