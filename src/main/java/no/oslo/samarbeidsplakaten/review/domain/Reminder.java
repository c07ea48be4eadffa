package no.oslo.samarbeidsplakaten.review.domain;

import java.time.LocalDate;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.poster.domain.ReviewState;

/** The two reminder mails of a review date. */
public enum Reminder {
    /** Thirty days before the review date. */
    NOTICE,
    /** On the review date. */
    DUE;

    /** A mail not sent on its day (the server was down) is still sent within this many days, then let go. */
    public static final int CATCH_UP_DAYS = 7;

    /** The reminder a review date calls for on a day, if any; a day missed is caught up for a week. */
    public static Optional<Reminder> on(LocalDate today, LocalDate reviewDate) {
        LocalDate notice = reviewDate.minusDays(ReviewState.NOTICE_DAYS);
        if (!today.isBefore(reviewDate)) {
            return today.isAfter(reviewDate.plusDays(CATCH_UP_DAYS)) ? Optional.empty() : Optional.of(DUE);
        }
        return !today.isBefore(notice) && !today.isAfter(notice.plusDays(CATCH_UP_DAYS)) ? Optional.of(NOTICE)
                : Optional.empty();
    }
}
