package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule.Check;
import org.junit.jupiter.api.Test;

/** What counts as deviating from a common rule of the template, meeting by meeting. */
class PracticeCheckTest {

    static final PracticeRule AT_MOST_FOUR = new PracticeRule("fire", "etatsstyringsmote", null,
            Check.AT_MOST_PER_YEAR, List.of("frequency"), null, 4, "Inntil fire i året.", "Up to four a year.");
    static final PracticeRule MINUTES = new PracticeRule("referat", null, "FORMAL", Check.ONE_OF,
            List.of("documentation"), List.of("MINUTES", "SUMMARY"), null, "Alltid referat.", "Always minutes.");
    static final PracticeRule ROLES = new PracticeRule("roller", null, "FORMAL", Check.NOT_BLANK,
            List.of("departmentParticipants", "agencyParticipants"), null, null, "Roller.", "Roles.");

    @Test
    void aFrequencyIsComparedAsMeetingsAYearAndOnlyForTheRulesMeetingType() {
        var rules = List.of(AT_MOST_FOUR);
        assertThat(deviations(rules, meeting("a", "etatsstyringsmote", "frequency", "UP_TO:4:YEAR"))).isEmpty();
        assertThat(deviations(rules, meeting("a", "etatsstyringsmote", "frequency", "EXACTLY:2:QUARTER")))
                .singleElement().satisfies(d -> assertThat(d.findings()).singleElement()
                        .satisfies(f -> assertThat(f.value()).isEqualTo("EXACTLY:2:QUARTER")));
        assertThat(deviations(rules, meeting("a", "etatsstyringsmote", "frequency", "EXACTLY:1:MONTH"))).hasSize(1);
        // "Ved behov" and milestones state no number: nothing to hold against the rule.
        assertThat(deviations(rules, meeting("a", "etatsstyringsmote", "frequency", "AS_NEEDED"))).isEmpty();
        assertThat(deviations(rules, meeting("a", "etatsstyringsmote", "frequency", "MILESTONES"))).isEmpty();
        // Another meeting type may meet weekly.
        assertThat(deviations(rules, meeting("b", "fagmote", "frequency", "EXACTLY:1:WEEK"))).isEmpty();
    }

    @Test
    void aRuleForAFormalityAppliesToEveryMeetingOfIt() {
        var formalWithout = meeting("a", null, "formality", "FORMAL", "documentation", "NONE",
                "departmentParticipants", "kommunaldirektor", "agencyParticipants", "");
        var informalWithout = meeting("b", null, "formality", "INFORMAL", "documentation", "NONE");
        var found = deviations(List.of(MINUTES, ROLES), formalWithout, informalWithout);
        assertThat(found).extracting(d -> d.rule().key()).containsExactly("referat", "roller");
        assertThat(found.get(1).findings()).extracting(PracticeCheck.Finding::fieldKey)
                .containsExactly("agencyParticipants");
        assertThat(found).allSatisfy(d -> assertThat(d.findings()).extracting(PracticeCheck.Finding::rowKey)
                .containsOnly("a"));
    }

    @Test
    void aMeetingCountsAsTheTypeItsNameStandsFor() {
        var renamed = meeting("a", null, "name", "Styringsmøte", "frequency", "EXACTLY:6:YEAR");
        var byName = PracticeCheck.deviations(List.of(AT_MOST_FOUR), List.of(renamed),
                m -> m.value(no.oslo.samarbeidsplakaten.poster.domain.MeetingField.NAME).equals("Styringsmøte")
                        ? Optional.of("etatsstyringsmote") : Optional.empty());
        assertThat(byName).singleElement().satisfies(d -> assertThat(d.findings().getFirst().meetingName())
                .isEqualTo("Styringsmøte"));
    }

    private static List<PracticeCheck.Deviation> deviations(List<PracticeRule> rules, PosterContent.Meeting... meetings) {
        return PracticeCheck.deviations(rules, List.of(meetings), m -> Optional.ofNullable(m.templateKey()));
    }

    private static PosterContent.Meeting meeting(String rowKey, String templateKey, String... values) {
        var map = new TreeMap<String, String>();
        for (int i = 0; i < values.length; i += 2) {
            map.put(values[i], values[i + 1]);
        }
        return new PosterContent.Meeting(rowKey, templateKey, map);
    }
}
