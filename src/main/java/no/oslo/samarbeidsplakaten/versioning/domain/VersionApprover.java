package no.oslo.samarbeidsplakaten.versioning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.function.UnaryOperator;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.jspecify.annotations.Nullable;

/**
 * Who approved a version's content for one side, as they were named when it was locked.
 *
 * @param side null only for a line an older version stored as text that could not be read back
 */
@Embeddable
public record VersionApprover(String name, String roleTitle, @Enumerated(EnumType.STRING) @Nullable Side side) {

    /** "Kari Nordmann (Kommunaldirektør, Byrådsavdelingen)". */
    public String inWords(UnaryOperator<String> translate) {
        if (side == null) {
            return roleTitle.isEmpty() ? name : name + " (" + roleTitle + ")";
        }
        return name + " (" + roleTitle + ", " + translate.apply(side.messageKey()) + ")";
    }

    /**
     * Role and side without the name, as the printed poster shows it: "Kommunaldirektør (Byrådsavdelingen)". A line
     * an older version kept as text that could not be read back is shown as it was written.
     */
    public String roleInWords(UnaryOperator<String> translate) {
        return roleTitle.isEmpty() ? name : new VersionParticipant(roleTitle, side).inWords(translate);
    }
}
