package no.oslo.samarbeidsplakaten.survey.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterCatalogue;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PracticeCheck;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.versioning.service.AgreedPractices;
import no.oslo.samarbeidsplakaten.versioning.service.AgreedPractices.Agreed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the whole city's kartlegging from every poster in a handful of queries, and keeps it until a poster, a
 * version, the common terms, the template or the date change (the catalogue of departments and agencies changes only
 * by migration). Whether anything changed is one small query, so every
 * node of a cluster sees the others' edits without being told.
 */
@Component
@Transactional(readOnly = true)
class SurveyBuilder {

    private final OrganisationService organisations;
    private final PosterCatalogue posters;
    private final AgreedPractices agreed;
    private final PracticeReview review;
    private final TemplateService templates;
    private final CommonTerms terms;
    private final Clock clock;
    private volatile @Nullable Built built;
    private volatile @Nullable Versions versions;

    private record Built(String mark, CitySurvey survey) {
    }

    /** The latest agreed versions as read at a mark of the versions: they are only ever added, never changed. */
    private record Versions(String mark, Map<Long, Agreed> latest) {
    }

    SurveyBuilder(OrganisationService organisations, PosterCatalogue posters, AgreedPractices agreed,
            PracticeReview review, TemplateService templates, CommonTerms terms, Clock clock) {
        this.organisations = organisations;
        this.posters = posters;
        this.agreed = agreed;
        this.review = review;
        this.templates = templates;
        this.terms = terms;
        this.clock = clock;
    }

    /** The whole city as it is now. */
    CitySurvey city() {
        var template = templates.current();
        String versionMark = agreed.changeMark();
        String mark = posters.changeMark() + "|" + versionMark + "|" + terms.synonyms().hashCode() + "|"
                + template.id() + "|" + today();
        var last = built;
        if (last != null && last.mark().equals(mark)) {
            return last.survey();
        }
        var known = versions;
        if (known == null || !known.mark().equals(versionMark)) {
            known = new Versions(versionMark, agreed.latestOfEveryPoster());
            versions = known;
        }
        var survey = build(template, known.latest());
        built = new Built(mark, survey);
        return survey;
    }

    /** Today in Oslo, as the overview and the versions count it. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(OsloTime.ZONE));
    }

    private CitySurvey build(PosterTemplate current, Map<Long, Agreed> latest) {
        var today = today();
        Map<Long, PosterCatalogue.Entry> posterOfAgency = posters.all().stream()
                .collect(Collectors.toMap(e -> e.summary().agencyId(), Function.identity(), (a, b) -> a));
        var types = review.typeResolver();
        var pairs = new ArrayList<PairPractice>();
        for (Organisation department : organisations.departments()) {
            for (Organisation agency : organisations.agenciesOf(department)) {
                var entry = posterOfAgency.get(agency.getId());
                pairs.add(entry == null ? noPoster(department, agency)
                        : pair(entry, latest.get(entry.summary().id()), current, types, today));
            }
        }
        return new CitySurvey(today, current.name(), current.version(), current.meetings(),
                current.rules(), current.reflectionQuestions(), List.copyOf(pairs));
    }

    private static PairPractice noPoster(Organisation department, Organisation agency) {
        return new PairPractice(department.getId(), department.getName(), agency.getId(), agency.getName(), null,
                PairStatus.NO_POSTER, null, null, List.of(), null, false, false, List.of(), List.of(), Map.of());
    }

    private PairPractice pair(PosterCatalogue.Entry entry, @Nullable Agreed version, PosterTemplate current,
            Function<PosterContent.Meeting, Optional<String>> types, LocalDate today) {
        var summary = entry.summary();
        PosterContent content = version != null ? version.content() : entry.draft();
        var meetings = content.meetings().stream().map(m -> meeting(m, types.apply(m).orElse(null), current))
                .toList();
        var deviations = PracticeReview.deviations(current, content.meetings(), types).stream()
                .map(d -> deviation(d, content, entry.draft()))
                .toList();
        var reflections = new TreeMap<String, String>();
        current.reflectionQuestions().forEach(q -> reflections.put(q.key(),
                content.sections().getOrDefault(SectionField.reflectionKey(q.key()), "")));
        PairStatus status = version == null ? PairStatus.DRAFT : switch (summary.reviewState(today)) {
            case DUE -> PairStatus.REVIEW_OVERDUE;
            case SOON -> PairStatus.REVIEW_SOON;
            case NOT_DUE -> PairStatus.AGREED;
        };
        boolean otherTemplate = !(content.templateKey().equals(current.key())
                && content.templateVersion() == current.version());
        return new PairPractice(summary.departmentId(), summary.departmentName(), summary.agencyId(),
                summary.agencyName(), summary.id(), status, version == null ? null : version.number(),
                version == null ? null : version.lockedAt(), version == null ? List.of() : version.approvers(),
                version == null ? null : summary.nextReview(),
                version != null && summary.status() == PosterStatus.DRAFT,
                otherTemplate, meetings, deviations, Map.copyOf(reflections));
    }

    /**
     * A deviation with the pair's reason: the agreed one, or, where the agreed version gives none (e.g. agreed before
     * posters had reasons), the one in the draft, marked as such.
     */
    private static PairPractice.Deviation deviation(PracticeCheck.Deviation deviation, PosterContent content,
            PosterContent draft) {
        String key = SectionField.reasonKey(deviation.rule().key());
        String reason = content.sections().getOrDefault(key, "");
        if (reason.isBlank() && content != draft) {
            String drafted = draft.sections().getOrDefault(key, "");
            if (!drafted.isBlank()) {
                return new PairPractice.Deviation(deviation.rule(), deviation.findings(), drafted, true);
            }
        }
        return new PairPractice.Deviation(deviation.rule(), deviation.findings(), reason, false);
    }

    private static MeetingPractice meeting(PosterContent.Meeting meeting, @Nullable String type,
            PosterTemplate current) {
        boolean otherTemplate = type == null && meeting.templateKey() != null
                && current.meetingType(meeting.templateKey()).isEmpty();
        String frequency = meeting.value(MeetingField.FREQUENCY);
        Integer perYear = Frequency.read(frequency).map(Frequency::perYear)
                .filter(java.util.OptionalInt::isPresent).map(java.util.OptionalInt::getAsInt).orElse(null);
        return new MeetingPractice(meeting.value(MeetingField.NAME), type, otherTemplate,
                meeting.value(MeetingField.FORMALITY), frequency, perYear, meeting.value(MeetingField.CHAIR),
                meeting.value(MeetingField.POLITICAL_ROLE), meeting.value(MeetingField.DOCUMENTATION),
                meeting.value(MeetingField.PUBLICITY));
    }
}
