package no.oslo.samarbeidsplakaten.survey.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.service.PracticeCheck;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import no.oslo.samarbeidsplakaten.versioning.service.AgreedPractices.Approver;
import org.jspecify.annotations.Nullable;

/**
 * One department–agency pair in the kartlegging, read from its agreed version where it has one, else from its draft.
 *
 * @param editedSinceAgreed the draft has changed since the agreed version was locked
 * @param otherTemplate the poster follows a template other than the current one
 * @param reflections the reflection answers by question key
 */
public record PairPractice(
        long departmentId,
        String departmentName,
        long agencyId,
        String agencyName,
        @Nullable Long posterId,
        PairStatus status,
        @Nullable Integer agreedVersion,
        @Nullable Instant agreedAt,
        List<Approver> approvers,
        @Nullable LocalDate nextReview,
        boolean editedSinceAgreed,
        boolean otherTemplate,
        List<MeetingPractice> meetings,
        List<Deviation> deviations,
        Map<String, String> reflections) {

    /**
     * A rule the pair's practice deviates from, and the reason it gives on its poster (empty when none).
     *
     * @param reasonInDraft the reason is in the draft only: the agreed version gives none
     */
    public record Deviation(PracticeRule rule, List<PracticeCheck.Finding> findings, String reason,
            boolean reasonInDraft) {

        /** The reason as the kartlegging shows it, marked when it is the draft's. */
        public String reasonInWords(SurveyTexts texts) {
            return reasonInDraft ? texts.t("survey.reasonInDraft", reason) : reason;
        }
    }

    /** The pair's meetings of one standard type. */
    public List<MeetingPractice> meetingsOf(String type) {
        return meetings.stream().filter(m -> type.equals(m.type())).toList();
    }

    /** The pair's meetings that map to no standard type. */
    public List<MeetingPractice> otherMeetings() {
        return meetings.stream().filter(m -> m.type() == null).toList();
    }

    public boolean agreed() {
        return agreedVersion != null;
    }

    /** Where the pair's poster is read: its agreed version by default, else its draft; null without a poster. */
    public @Nullable String address() {
        if (posterId == null) {
            return null;
        }
        return agreedVersion != null ? PosterAddress.version(posterId, agreedVersion) : PosterAddress.editor(posterId);
    }

    /** Formal meetings a year, counting those with a stated number. */
    public int formalMeetingsPerYear() {
        return meetings.stream().filter(MeetingPractice::formal).map(MeetingPractice::perYear)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** Formal meetings held "ved behov" or by milestones, which state no number a year. */
    public long formalMeetingsWithoutNumber() {
        return meetings.stream().filter(m -> m.formal() && m.perYear() == null).count();
    }
}
