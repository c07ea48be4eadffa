package no.oslo.samarbeidsplakaten.security.domain;

import java.util.function.UnaryOperator;
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

    /**
     * Records keep sides as codes, e.g. "Etatssjef (AGENCY)": the same text with the sides in words, e.g.
     * "Etatssjef (Virksomheten)".
     */
    public static String inWords(String stored, UnaryOperator<String> translate) {
        String shown = stored;
        for (Side side : values()) {
            shown = shown.replace(side.name() + ")", translate.apply(side.messageKey()) + ")");
        }
        return shown;
    }
}
