package no.oslo.samarbeidsplakaten.versioning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * An agreed version of a poster. Written once at lock time and never changed: the entity has no setters, Hibernate
 * treats it as immutable, and a database trigger refuses any update.
 */
@Entity
@Immutable
public class PosterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    private int number;

    private Instant lockedAt;

    private String lockedBy;

    private String changeSummary;

    private String templateKey;

    private int templateVersion;

    private LocalDate nextReview;

    /** "Name (role, side)" of each approver, one per line. */
    private String approvers;

    /** The workshop's participants by role and side, never by name, one per line. */
    private String participants;

    @Lob
    private String content;

    private String contentHash;

    protected PosterVersion() {
    }

    public PosterVersion(long posterId, int number, Instant lockedAt, String lockedBy, String changeSummary,
            String templateKey, int templateVersion, LocalDate nextReview, String approvers, String participants,
            String content, String contentHash) {
        this.posterId = posterId;
        this.number = number;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
        this.changeSummary = changeSummary;
        this.templateKey = templateKey;
        this.templateVersion = templateVersion;
        this.nextReview = nextReview;
        this.approvers = approvers;
        this.participants = participants;
        this.content = content;
        this.contentHash = contentHash;
    }

    public Long getId() {
        return id;
    }

    public long getPosterId() {
        return posterId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public String getApprovers() {
        return approvers;
    }

    public String getParticipants() {
        return participants;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }
}
