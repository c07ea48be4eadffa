package no.oslo.samarbeidsplakaten.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

@Entity
@NamedInterface("model")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    protected Organisation() {
    }

    public Organisation(String code, String name, OrganisationKind kind, Organisation parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Organisation getParent() {
        return parent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
