package no.oslo.samarbeidsplakaten.versioning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.function.UnaryOperator;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.jspecify.annotations.Nullable;

/**
 * A role that took part in the workshop before a version was locked: by role and side, never by name.
 *
 * @param side null only for a line an older version stored as text that could not be read back
 */
@Embeddable
public record VersionParticipant(String roleTitle, @Enumerated(EnumType.STRING) @Nullable Side side) {

    /** "Kommunaldirektør (Byrådsavdelingen)". */
    public String inWords(UnaryOperator<String> translate) {
        return side == null ? roleTitle : roleTitle + " (" + translate.apply(side.messageKey()) + ")";
    }
}
