package no.oslo.samarbeidsplakaten.workshop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import no.oslo.samarbeidsplakaten.security.domain.Side;

/** Someone who took part in a workshop, kept so agreed versions can list the participants by role. */
@Entity
public class WorkshopParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workshopId;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Side side;

    private String roleTitle;

    private boolean guest;

    private Instant joinedAt;

    protected WorkshopParticipant() {
    }

    public WorkshopParticipant(long workshopId, String displayName, Side side, String roleTitle, boolean guest,
            Instant joinedAt) {
        this.workshopId = workshopId;
        this.displayName = displayName;
        this.side = side;
        this.roleTitle = roleTitle;
        this.guest = guest;
        this.joinedAt = joinedAt;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Side getSide() {
        return side;
    }

    public String getRoleTitle() {
        return roleTitle;
    }
}
