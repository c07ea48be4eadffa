package no.oslo.samarbeidsplakaten.template.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The next version of a template while the mayor's office writes it: the whole template JSON, changed field by field.
 * One per template key; publishing turns it into an immutable {@link TemplateVersion}.
 */
@Entity
public class TemplateDraft {

    @Id
    private String templateKey;

    /** The published version this draft started from. */
    private int basedOn;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String content;

    private Instant changedAt;

    private String changedBy;

    /** Several administrators may write the draft at once; a write based on an old read must not win silently. */
    @Version
    private long revision;

    protected TemplateDraft() {
    }

    public TemplateDraft(String templateKey, int basedOn, String content, Instant changedAt, String changedBy) {
        this.templateKey = templateKey;
        this.basedOn = basedOn;
        this.content = content;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public void change(String content, Instant changedAt, String changedBy) {
        this.content = content;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    /** Starts over from a version just published or imported. */
    public void restart(int basedOn, String content, Instant changedAt, String changedBy) {
        this.basedOn = basedOn;
        change(content, changedAt, changedBy);
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public String getContent() {
        return content;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getRevision() {
        return revision;
    }
}
