package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.GuestWorkshops;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.Actor;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import no.oslo.samarbeidsplakaten.workshop.domain.Workshop;
import no.oslo.samarbeidsplakaten.workshop.domain.WorkshopParticipant;
import no.oslo.samarbeidsplakaten.workshop.domain.WorkshopParticipantRepository;
import no.oslo.samarbeidsplakaten.workshop.domain.WorkshopRepository;
import no.oslo.samarbeidsplakaten.workshop.domain.WorkshopStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing workshops, and letting people in by join code. */
@Service
@Transactional
@NamedInterface("service")
public class WorkshopService implements GuestWorkshops {

    public static final int MAX_NAME_LENGTH = 200;

    private final WorkshopRepository workshops;
    private final WorkshopParticipantRepository participants;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JoinThrottle throttle;

    WorkshopService(WorkshopRepository workshops, WorkshopParticipantRepository participants,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, JoinThrottle throttle) {
        this.workshops = workshops;
        this.participants = participants;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Opens a workshop on the poster, or returns the one already open. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER') and " + PosterAccess.WORK)
    public WorkshopInfo open(long posterId) {
        var open = workshops.findFirstByPosterIdAndStatus(posterId, WorkshopStatus.OPEN);
        if (open.isPresent()) {
            return info(open.get());
        }
        String code;
        do {
            code = JoinCodes.next();
        } while (workshops.existsByJoinCode(code));
        var workshop = workshops.save(new Workshop(posterId, code, clock.instant(), currentUser.authorName()));
        events.publishEvent(new WorkshopEvents.WorkshopChanged(posterId, true));
        return info(workshop);
    }

    /** Closes the poster's workshop: its code stops working and guests lose access at once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER') and " + PosterAccess.WORK)
    public void close(long posterId) {
        workshops.findFirstByPosterIdAndStatus(posterId, WorkshopStatus.OPEN).ifPresent(workshop -> {
            workshop.close(clock.instant(), currentUser.authorName());
            events.publishEvent(new WorkshopEvents.WorkshopChanged(posterId, false));
        });
    }

    /** Scrolls everyone's view of the poster to a section: the facilitator steers the discussion. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER') and " + PosterAccess.WORK)
    public void bringEveryoneTo(long posterId, String sectionId) {
        events.publishEvent(new WorkshopEvents.FollowSection(posterId, sectionId, currentUser.authorName()));
    }

    @Transactional(readOnly = true)
    public Optional<WorkshopInfo> findOpen(long posterId) {
        return workshops.findFirstByPosterIdAndStatus(posterId, WorkshopStatus.OPEN).map(WorkshopService::info);
    }

    /**
     * The open workshop a typed code names; wrong codes count against the client.
     *
     * @param client the address the code came from
     * @throws DomainException when the client has typed too many wrong codes lately
     */
    @Transactional(readOnly = true)
    public Optional<WorkshopInfo> findOpenByCode(String typedCode, String client) {
        throttle.check(client);
        var workshop = workshops.findByJoinCodeAndStatus(JoinCodes.normalize(typedCode), WorkshopStatus.OPEN)
                .map(WorkshopService::info);
        if (workshop.isEmpty()) {
            throttle.failed(client);
        }
        return workshop;
    }

    /**
     * The facilitator lets the room try its code again: the address the facilitator's own browser comes from, which
     * is the room's when it sits behind one address (NAT). Blocks elsewhere stay.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER') and " + PosterAccess.WORK)
    public void liftJoinBlock(long posterId, String facilitatorsClient) {
        throttle.lift(facilitatorsClient);
    }

    @Transactional(readOnly = true)
    @Override
    public boolean isOpen(long workshopId) {
        return workshops.findById(workshopId).map(Workshop::isOpen).orElse(false);
    }

    /**
     * Lets a guest in: they give their name, side and role title; they may then work on this one poster while the
     * workshop is open.
     */
    public GuestPrincipal joinAsGuest(String typedCode, String name, Side side, String roleTitle, String client) {
        throttle.check(client);
        var workshop = workshops.findByJoinCodeAndStatus(JoinCodes.normalize(typedCode), WorkshopStatus.OPEN)
                .orElseThrow(() -> {
                    throttle.failed(client);
                    return new DomainException("error.workshop.code");
                });
        throttle.succeeded(client);
        String checkedName = required(name, "error.workshop.name");
        String checkedRole = required(roleTitle, "error.workshop.roleTitle");
        if (side != Side.DEPARTMENT && side != Side.AGENCY) {
            throw new DomainException("error.workshop.side");
        }
        var guest = new GuestPrincipal(java.util.UUID.randomUUID().toString(), checkedName, checkedRole, side,
                workshop.getId(), workshop.getPosterId());
        record(workshop.getId(), new Actor(guest.getName(), checkedName, checkedRole, side, true));
        events.publishEvent(new WorkshopEvents.GuestJoined(workshop.getPosterId(), checkedName, checkedRole, side,
                client));
        return guest;
    }

    /** Records a signed-in user who opens the poster while its workshop is open. */
    public void recordPresence(long posterId) {
        var actor = currentUser.actor();
        if (!actor.guest()) {
            findOpen(posterId).ifPresent(workshop -> record(workshop.id(), actor));
        }
    }

    @Transactional(readOnly = true)
    public List<WorkshopParticipant> participants(long workshopId) {
        return participants.findByWorkshopIdOrderByJoinedAt(workshopId);
    }

    /**
     * The participants of the poster's latest workshop by role and side, never by name, as a version records them.
     *
     * @return each role on each side once, in the order they joined
     */
    @Transactional(readOnly = true)
    public List<RoleOnSide> participantRoles(long posterId) {
        return workshops.findFirstByPosterIdOrderByOpenedAtDesc(posterId)
                .map(w -> participants.findByWorkshopIdOrderByJoinedAt(w.getId()).stream()
                        .map(p -> new RoleOnSide(p.getRoleTitle(), p.getSide())).distinct().toList())
                .orElse(List.of());
    }

    /** A role that took part, and for which side. */
    public record RoleOnSide(String roleTitle, Side side) {
    }

    private void record(long workshopId, Actor actor) {
        if (!participants.existsByWorkshopIdAndDisplayNameAndRoleTitle(workshopId, actor.displayName(),
                actor.roleTitle())) {
            participants.save(new WorkshopParticipant(workshopId, actor.displayName(), actor.side(),
                    actor.roleTitle(), actor.guest(), clock.instant()));
        }
    }

    private static String required(String value, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_NAME_LENGTH) {
            throw new DomainException(messageKey, MAX_NAME_LENGTH);
        }
        return v;
    }

    private static WorkshopInfo info(Workshop workshop) {
        return new WorkshopInfo(workshop.getId(), workshop.getPosterId(), workshop.getJoinCode(),
                workshop.getOpenedAt(), workshop.getOpenedBy());
    }
}
