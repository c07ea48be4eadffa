package no.oslo.samarbeidsplakaten.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log; written once, never changed. */
@Entity
@Immutable
public class AuditEvent {

    public static final int MAX_DETAIL_LENGTH = 1000;
    public static final int MAX_ACTOR_LENGTH = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private Long posterId;

    private String detail;

    private String client;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditKind kind, Long posterId, String detail,
            String client) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, MAX_ACTOR_LENGTH);
        this.kind = kind;
        this.posterId = posterId;
        this.detail = cut(detail, MAX_DETAIL_LENGTH);
        this.client = client == null ? null : cut(client, 100);
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public Long getPosterId() {
        return posterId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClient() {
        return client;
    }
}
