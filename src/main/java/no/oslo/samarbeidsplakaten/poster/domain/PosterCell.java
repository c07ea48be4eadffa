package no.oslo.samarbeidsplakaten.poster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One editable value of a poster. The revision is the cell's own optimistic lock: a writer states which revision it
 * started from, and a write from a stale revision is refused rather than silently overwriting someone else's text.
 */
@Entity
public class PosterCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    /** The row the cell belongs to; null for the poster's section cells. */
    private Long rowId;

    private String fieldKey;

    @Column(name = "cell_value")
    private String value;

    @Version
    private long revision;

    private Instant changedAt;

    private String changedBy;

    protected PosterCell() {
    }

    public PosterCell(long posterId, Long rowId, String fieldKey, String value, Instant now, String author) {
        this.posterId = posterId;
        this.rowId = rowId;
        this.fieldKey = fieldKey;
        this.value = value;
        this.changedAt = now;
        this.changedBy = author;
    }

    public void change(String newValue, Instant now, String author) {
        this.value = newValue;
        this.changedAt = now;
        this.changedBy = author;
    }

    public Long getId() {
        return id;
    }

    public long getPosterId() {
        return posterId;
    }

    public Long getRowId() {
        return rowId;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getValue() {
        return value;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
