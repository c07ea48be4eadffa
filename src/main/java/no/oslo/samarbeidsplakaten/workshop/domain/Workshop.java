package no.oslo.samarbeidsplakaten.workshop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** One reflection workshop on a poster; guests may join by its code while it is open. */
@Entity
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    private String joinCode;

    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    private Instant openedAt;

    private String openedBy;

    private Instant closedAt;

    private String closedBy;

    @Version
    private long version;

    protected Workshop() {
    }

    public Workshop(long posterId, String joinCode, Instant now, String openedBy) {
        this.posterId = posterId;
        this.joinCode = joinCode;
        this.status = WorkshopStatus.OPEN;
        this.openedAt = now;
        this.openedBy = openedBy;
    }

    public void close(Instant now, String by) {
        this.status = WorkshopStatus.CLOSED;
        this.closedAt = now;
        this.closedBy = by;
    }

    public boolean isOpen() {
        return status == WorkshopStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public long getPosterId() {
        return posterId;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }
}
