package no.oslo.samarbeidsplakaten.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder that went out (or is going out: the row is written first): its key makes a second one for the same
 * poster, date and kind impossible. Kept for the record: when, and to how many members.
 */
@Entity
@Table(name = "review_reminder")
public class SentReminder {

    @EmbeddedId
    private Key key;

    private Instant sentAt;

    private int recipients;

    protected SentReminder() {
    }

    public SentReminder(long posterId, LocalDate reviewDate, Reminder reminder, Instant sentAt, int recipients) {
        this.key = new Key(posterId, reviewDate, reminder);
        this.sentAt = sentAt;
        this.recipients = recipients;
    }

    @Embeddable
    public record Key(
            @Column(name = "poster_id") long posterId,
            @Column(name = "review_date") LocalDate reviewDate,
            @Column(name = "reminder") @Enumerated(EnumType.STRING) Reminder reminder) implements Serializable {
    }
}
