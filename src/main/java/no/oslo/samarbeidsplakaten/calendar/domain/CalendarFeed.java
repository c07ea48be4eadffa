package no.oslo.samarbeidsplakaten.calendar.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The address of one poster's calendar feed. The token is the feed's only key: whoever holds the address reads it. */
@Entity
public class CalendarFeed {

    @Id
    private Long posterId;

    private String token;

    private Instant createdAt;

    private String createdBy;

    /** Two members renewing at once: one renewal wins, the other is told. */
    @Version
    private long version;

    protected CalendarFeed() {
    }

    public CalendarFeed(long posterId, String token, Instant createdAt, String createdBy) {
        this.posterId = posterId;
        this.token = token;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new address; the old one stops answering at once. */
    public void renew(String newToken, Instant at, String by) {
        this.token = newToken;
        this.createdAt = at;
        this.createdBy = by;
    }

    public long getPosterId() {
        return posterId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
