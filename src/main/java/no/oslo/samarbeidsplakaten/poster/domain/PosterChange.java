package no.oslo.samarbeidsplakaten.poster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One entry of the edit trail: who changed which field or row, when, from what to what. */
@Entity
@NamedInterface("model")
public class PosterChange {

    public enum Kind {
        CELL, ROW_ADDED, ROW_REMOVED, ROW_MOVED, RESTORED, IMPORTED, TEMPLATE_ADOPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String rowKey;

    /** The meeting's name or the commitment side, in words; empty for the poster's sections. */
    private String target;

    private String fieldKey;

    private String oldValue;

    private String newValue;

    private Instant changedAt;

    private String changedBy;

    protected PosterChange() {
    }

    public PosterChange(long posterId, Kind kind, String rowKey, String target, String fieldKey, String oldValue,
            String newValue, Instant changedAt, String changedBy) {
        this.posterId = posterId;
        this.kind = kind;
        this.rowKey = rowKey;
        this.target = target;
        this.fieldKey = fieldKey;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRowKey() {
        return rowKey;
    }

    public String getTarget() {
        return target;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
