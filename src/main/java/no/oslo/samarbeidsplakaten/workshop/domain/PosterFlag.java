package no.oslo.samarbeidsplakaten.workshop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** "Må avklares": an open question on a field or a meeting row, until somebody resolves it. */
@Entity
public class PosterFlag {

    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    private Long cellId;

    private Long rowId;

    /** What the flag is on, in words, as it was when flagged ("Etatsstyringsmøte – Hyppighet"). */
    private String target;

    private String comment;

    private Instant createdAt;

    private String createdBy;

    private Instant resolvedAt;

    private String resolvedBy;

    @Version
    private long version;

    protected PosterFlag() {
    }

    public PosterFlag(long posterId, Long cellId, Long rowId, String target, String comment, Instant now,
            String by) {
        this.posterId = posterId;
        this.cellId = cellId;
        this.rowId = rowId;
        this.target = target;
        this.comment = comment;
        this.createdAt = now;
        this.createdBy = by;
    }

    public void resolve(Instant now, String by) {
        this.resolvedAt = now;
        this.resolvedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getPosterId() {
        return posterId;
    }

    public Long getCellId() {
        return cellId;
    }

    public Long getRowId() {
        return rowId;
    }

    public String getTarget() {
        return target;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
