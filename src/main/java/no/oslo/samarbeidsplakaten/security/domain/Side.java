package no.oslo.samarbeidsplakaten.security.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import org.springframework.modulith.NamedInterface;

/** Which side of the dialogue a person speaks for. */
@NamedInterface("model")
public enum Side implements Choice {
    DEPARTMENT,
    AGENCY,
    /** The mayor's office or a facilitator, on neither side. */
    OTHER;

    public static Side of(OrganisationKind kind) {
        return switch (kind) {
            case DEPARTMENT -> DEPARTMENT;
            case AGENCY -> AGENCY;
            case MAYORS_OFFICE -> OTHER;
        };
    }
}
