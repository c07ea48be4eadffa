package no.oslo.samarbeidsplakaten.poster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;

/** The samarbeidsplakat of one department–agency pair. Its content lives in {@link PosterRow}s and {@link PosterCell}s. */
@Entity
public class Poster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Organisation department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Organisation agency;

    private long templateVersionId;

    @Enumerated(EnumType.STRING)
    private PosterStatus status;

    private Instant createdAt;

    private String createdBy;

    private Instant lastChangedAt;

    private String lastChangedBy;

    private Integer agreedVersion;

    private LocalDate nextReview;

    /** Guards the poster's structure (its rows); cell edits are guarded by each cell's own revision. */
    @Version
    private long version;

    protected Poster() {
    }

    public Poster(Organisation department, Organisation agency, long templateVersionId, Instant now, String author) {
        this.department = department;
        this.agency = agency;
        this.templateVersionId = templateVersionId;
        this.status = PosterStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = author;
        this.lastChangedAt = now;
        this.lastChangedBy = author;
    }

    /**
     * Marks a change to the poster's structure; the version bump makes concurrent structural changes fail. Any change
     * makes the poster a draft again.
     */
    public void structureChanged(Instant now, String author) {
        this.lastChangedAt = now;
        this.lastChangedBy = author;
        this.status = PosterStatus.afterEdit();
    }

    /** The draft was locked as agreed version {@code number}. */
    public void agreed(int number, LocalDate reviewBy) {
        this.status = PosterStatus.AGREED;
        this.agreedVersion = number;
        this.nextReview = reviewBy;
    }

    public Long getId() {
        return id;
    }

    public Organisation getDepartment() {
        return department;
    }

    public Organisation getAgency() {
        return agency;
    }

    /** The poster's content now follows another template version, e.g. after an import. */
    public void useTemplate(long templateVersionId) {
        this.templateVersionId = templateVersionId;
    }

    public long getTemplateVersionId() {
        return templateVersionId;
    }

    public PosterStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public Integer getAgreedVersion() {
        return agreedVersion;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public long getVersion() {
        return version;
    }
}
