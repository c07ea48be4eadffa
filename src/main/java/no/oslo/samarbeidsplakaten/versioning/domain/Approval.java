package no.oslo.samarbeidsplakaten.versioning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import no.oslo.samarbeidsplakaten.security.domain.Side;

/** One side's approval of exactly the content it saw. It lapses when the content changes, and when it is used. */
@Entity
@jakarta.persistence.Table(name = "poster_approval")
public class Approval {

    public enum VoidReason {
        /** The content changed after the approval. */
        CHANGED,
        /** The same side approved again. */
        REPLACED,
        /** The approval was used to lock a version. */
        LOCKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    @Enumerated(EnumType.STRING)
    private Side side;

    private String approverName;

    private String approverRole;

    private String contentHash;

    private Instant approvedAt;

    private Instant voidedAt;

    @Enumerated(EnumType.STRING)
    private VoidReason voidReason;

    @Version
    private long version;

    protected Approval() {
    }

    public Approval(long posterId, Side side, String approverName, String approverRole, String contentHash,
            Instant approvedAt) {
        this.posterId = posterId;
        this.side = side;
        this.approverName = approverName;
        this.approverRole = approverRole;
        this.contentHash = contentHash;
        this.approvedAt = approvedAt;
    }

    public void voidFor(VoidReason reason, Instant now) {
        if (voidedAt == null) {
            voidedAt = now;
            voidReason = reason;
        }
    }

    public boolean isActive() {
        return voidedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Side getSide() {
        return side;
    }

    public String getApproverName() {
        return approverName;
    }

    public String getApproverRole() {
        return approverRole;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public VoidReason getVoidReason() {
        return voidReason;
    }
}
