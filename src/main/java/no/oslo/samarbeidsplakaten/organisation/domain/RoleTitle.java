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

    /** No longer in the template: not offered for new choices, but still the label of the posters that name it. */
    private boolean retired;

    protected RoleTitle() {
    }

    public RoleTitle(String key, RoleSide side, String labelNb, String labelEn, int position) {
        this.key = key;
        this.side = side;
        this.labelNb = labelNb;
        this.labelEn = labelEn;
        this.position = position;
    }

    /** The template's version of this role: its labels and place, offered again if it had been retired. */
    public void follow(RoleSide side, String labelNb, String labelEn, int position) {
        this.side = side;
        this.labelNb = labelNb;
        this.labelEn = labelEn;
        this.position = position;
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }

    public boolean isRetired() {
        return retired;
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
