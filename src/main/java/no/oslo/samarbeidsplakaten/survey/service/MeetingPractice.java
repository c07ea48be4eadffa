package no.oslo.samarbeidsplakaten.survey.service;

import no.oslo.samarbeidsplakaten.poster.domain.DocumentationKind;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole;
import org.jspecify.annotations.Nullable;

/**
 * One meeting of a pair as the kartlegging compares it: the structured attributes, stored values as on the poster.
 *
 * @param type the standard meeting type it counts as, or null when it maps to none
 * @param otherTemplate made from a meeting type of another template version that the current one does not have
 * @param perYear meetings a year at most, or null for "ved behov", milestones or no frequency
 */
public record MeetingPractice(
        String name,
        @Nullable String type,
        boolean otherTemplate,
        String formality,
        String frequency,
        @Nullable Integer perYear,
        String chair,
        String politicalRole,
        String documentation,
        String publicity) {

    public boolean formal() {
        return Formality.FORMAL.name().equals(formality);
    }

    public boolean withMinutes() {
        return DocumentationKind.MINUTES.name().equals(documentation);
    }

    /** Political leadership takes part or chairs, not only "ved behov". */
    public boolean politicalLeadershipTakesPart() {
        return PoliticalRole.PARTICIPATES.name().equals(politicalRole)
                || PoliticalRole.CHAIRS.name().equals(politicalRole);
    }
}
