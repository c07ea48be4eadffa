package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import org.springframework.modulith.NamedInterface;

/**
 * Checks a poster's meetings against the common rules of a template. A deviation is not an error: the pair may have
 * good reasons and gives them on the poster; the editor, the read-only view and the kartlegging all ask this class,
 * so they never disagree about what deviates.
 */
@NamedInterface("service")
public final class PracticeCheck {

    /** A meeting that does not do what a rule expects, and the value that shows it. */
    public record Finding(String rowKey, String meetingName, String fieldKey, String value) {
    }

    /** A rule the poster deviates from, with the meetings that do. */
    public record Deviation(PracticeRule rule, List<Finding> findings) {
    }

    private PracticeCheck() {
    }

    /**
     * The rules the meetings deviate from, in the template's order.
     *
     * @param typeOf the standard meeting type a meeting counts as: its template row, or the type its name stands for
     */
    public static List<Deviation> deviations(List<PracticeRule> rules, List<PosterContent.Meeting> meetings,
            Function<PosterContent.Meeting, Optional<String>> typeOf) {
        var deviations = new ArrayList<Deviation>();
        for (PracticeRule rule : rules) {
            var findings = new ArrayList<Finding>();
            for (var meeting : meetings) {
                if (appliesTo(rule, meeting, typeOf)) {
                    findings.addAll(check(rule, meeting));
                }
            }
            if (!findings.isEmpty()) {
                deviations.add(new Deviation(rule, List.copyOf(findings)));
            }
        }
        return List.copyOf(deviations);
    }

    /**
     * The standard type of a meeting: its template row when the template has that type, else the type its name is a
     * known term for.
     */
    public static Optional<String> typeOf(PosterContent.Meeting meeting, PosterTemplate current,
            Function<String, Optional<String>> typeOfName) {
        if (meeting.templateKey() != null && current.meetingType(meeting.templateKey()).isPresent()) {
            return Optional.of(meeting.templateKey());
        }
        return typeOfName.apply(meeting.value(MeetingField.NAME));
    }

    private static boolean appliesTo(PracticeRule rule, PosterContent.Meeting meeting,
            Function<PosterContent.Meeting, Optional<String>> typeOf) {
        if (rule.meetingType() != null) {
            return typeOf.apply(meeting).filter(rule.meetingType()::equals).isPresent();
        }
        return rule.formality() != null && rule.formality().equals(meeting.value(MeetingField.FORMALITY));
    }

    private static List<Finding> check(PracticeRule rule, PosterContent.Meeting meeting) {
        String name = meeting.value(MeetingField.NAME);
        var findings = new ArrayList<Finding>();
        for (String field : rule.fields()) {
            String value = meeting.values().getOrDefault(field, "");
            boolean follows = switch (rule.check()) {
                case AT_MOST_PER_YEAR -> Frequency.read(value).map(Frequency::perYear)
                        .map(perYear -> perYear.isEmpty() || perYear.getAsInt() <= rule.limit()).orElse(true);
                case ONE_OF -> rule.values().contains(value);
                case NOT_BLANK -> !value.isBlank();
            };
            if (!follows) {
                findings.add(new Finding(meeting.rowKey(), name, field, value));
            }
        }
        return findings;
    }
}
