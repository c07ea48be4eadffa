package no.oslo.samarbeidsplakaten.template.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published, immutable version of a template; its content is the template JSON. Never updated (no setters). */
@Entity
public class TemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String templateKey;

    private int version;

    private String name;

    // Long text: a clob in H2, text in PostgreSQL (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String content;

    private Instant publishedAt;

    private String publishedBy;

    private String changeNote;

    protected TemplateVersion() {
    }

    public TemplateVersion(String templateKey, int version, String name, String content, Instant publishedAt,
            String publishedBy, String changeNote) {
        this.templateKey = templateKey;
        this.version = version;
        this.name = name;
        this.content = content;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.changeNote = changeNote;
    }

    public Long getId() {
        return id;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getChangeNote() {
        return changeNote;
    }
}
