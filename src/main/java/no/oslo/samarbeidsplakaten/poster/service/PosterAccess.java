package no.oslo.samarbeidsplakaten.poster.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.poster.GuestWorkshops;
import no.oslo.samarbeidsplakaten.poster.domain.PosterReaderRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.service.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with which poster. Services ask it through method security, e.g.
 * {@code @PreAuthorize("@posterAccess.mayWorkOn(#posterId)")}, so every path is checked, not just the buttons.
 * A poster someone may not see answers like one that does not exist.
 * <ul>
 * <li>ADMIN (the mayor's office): every poster.</li>
 * <li>MEMBER: the posters of pairs their organisation is part of.</li>
 * <li>READER: the agreed versions of the posters an admin has given them, nothing of the draft.</li>
 * <li>Guest: the one poster of their workshop, while it is open.</li>
 * </ul>
 */
@Component("posterAccess")
@Transactional(readOnly = true)
public class PosterAccess {

    /** Method security: may work on the poster named by the method's {@code posterId} parameter. */
    public static final String WORK = "@posterAccess.mayWorkOn(#posterId)";
    /** Method security: may read the agreed versions of the poster named by {@code posterId}. */
    public static final String READ_VERSIONS = "@posterAccess.mayReadVersions(#posterId)";

    private final CurrentUser currentUser;
    private final PosterRepository posters;
    private final PosterReaderRepository readers;
    private final GuestWorkshops workshops;
    private final Map<Long, long[]> pairs = new ConcurrentHashMap<>();

    PosterAccess(CurrentUser currentUser, PosterRepository posters, PosterReaderRepository readers,
            GuestWorkshops workshops) {
        this.currentUser = currentUser;
        this.posters = posters;
        this.readers = readers;
        this.workshops = workshops;
    }

    /** May edit the draft, approve, lock, restore, run a workshop on it. */
    public boolean mayWorkOn(long posterId) {
        var guest = currentUser.guest();
        if (guest.isPresent()) {
            return guest.get().posterId() == posterId && workshops.isOpen(guest.get().workshopId());
        }
        return currentUser.get().map(user -> isOwnPoster(user, posterId)).orElse(false);
    }

    /** May read the poster's agreed versions (history, a version, its PDF). */
    public boolean mayReadVersions(long posterId) {
        if (mayWorkOn(posterId)) {
            return true;
        }
        return currentUser.get().filter(user -> user.appRole() == AppRole.READER)
                .map(user -> readers.existsByPosterIdAndUserId(posterId, user.id())).orElse(false);
    }

    private boolean isOwnPoster(SignedInUser user, long posterId) {
        long[] pair = pair(posterId);
        return switch (user.appRole()) {
            case ADMIN -> pair != null;
            case MEMBER -> pair != null && (pair[0] == user.organisationId() || pair[1] == user.organisationId());
            case READER -> false;
        };
    }

    /**
     * The poster's department and agency ids, or null when there is no such poster. A poster's pair never changes,
     * so it is read once: every cell save in a workshop asks this.
     */
    private long[] pair(long posterId) {
        return pairs.computeIfAbsent(posterId, id -> posters.findById(id)
                .map(p -> new long[] {p.getDepartment().getId(), p.getAgency().getId()}).orElse(null));
    }
}
