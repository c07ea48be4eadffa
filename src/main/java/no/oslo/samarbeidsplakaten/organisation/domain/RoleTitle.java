package no.oslo.samarbeidsplakaten.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** An entry of the role catalogue. Posters name roles, never persons (the seed's rule for published minutes). */
@Entity
@NamedInterface("model")
public class RoleTitle {

    @Id
    @Column(name = "role_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private RoleSide side;

    private String labelNb;

    private String labelEn;

    private int position;

    protected RoleTitle() {
    }

    public String getKey() {
        return key;
    }

    public RoleSide getSide() {
        return side;
    }

    public int getPosition() {
        return position;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNb;
    }
}
