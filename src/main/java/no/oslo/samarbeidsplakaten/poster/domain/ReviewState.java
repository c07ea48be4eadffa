package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Where an agreed poster stands with its review date: the overview, the kartlegging, the poster's banner and the
 * reminder mails all flag it from {@value #NOTICE_DAYS} days before the date.
 */
@NamedInterface("model")
public enum ReviewState {
    /** No review date, or it is more than {@value #NOTICE_DAYS} days away. */
    NOT_DUE,
    /** The review date comes within {@value #NOTICE_DAYS} days. */
    SOON,
    /** The review date is today or has passed. */
    DUE;

    public static final int NOTICE_DAYS = 30;

    public static ReviewState of(@Nullable LocalDate nextReview, LocalDate today) {
        if (nextReview == null) {
            return NOT_DUE;
        }
        if (!nextReview.isAfter(today)) {
            return DUE;
        }
        return nextReview.isAfter(today.plusDays(NOTICE_DAYS)) ? NOT_DUE : SOON;
    }
}
