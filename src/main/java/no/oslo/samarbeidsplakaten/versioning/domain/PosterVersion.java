package no.oslo.samarbeidsplakaten.versioning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** One per side, in side order. */
    @ElementCollection
    @CollectionTable(name = "version_approver", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "list_index")
    private List<VersionApprover> approvers = new ArrayList<>();

    /** The workshop's participants by role and side, never by name, each role once. */
    @ElementCollection
    @CollectionTable(name = "version_participant", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "list_index")
    private List<VersionParticipant> participants = new ArrayList<>();

    // Long text: a clob in H2, text in PostgreSQL (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String content;

    private String contentHash;

    protected PosterVersion() {
    }

    public PosterVersion(long posterId, int number, Instant lockedAt, String lockedBy, String changeSummary,
            String templateKey, int templateVersion, LocalDate nextReview, List<VersionApprover> approvers,
            List<VersionParticipant> participants, String content, String contentHash) {
        this.posterId = posterId;
        this.number = number;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
        this.changeSummary = changeSummary;
        this.templateKey = templateKey;
        this.templateVersion = templateVersion;
        this.nextReview = nextReview;
        this.approvers = new ArrayList<>(approvers);
        this.participants = new ArrayList<>(participants);
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

    public List<VersionApprover> getApprovers() {
        return List.copyOf(approvers);
    }

    public List<VersionParticipant> getParticipants() {
        return List.copyOf(participants);
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }
}
