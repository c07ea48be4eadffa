package no.oslo.samarbeidsplakaten.survey.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import org.jspecify.annotations.Nullable;

/**
 * The figures the kartlegging shows as charts and tables, computed from a {@link CitySurvey}, so the page, the
 * workbook and the report show the same numbers.
 */
public final class SurveyFigures {

    private SurveyFigures() {
    }

    /**
     * The colour of each political role in the charts, on the page and in the report: dark enough against white for a
     * graphical object (WCAG 1.4.11, 3:1), and told apart in the legend.
     */
    public static final Map<PoliticalRole, String> ROLE_COLOURS = Map.of(PoliticalRole.NONE, "#767676",
            PoliticalRole.AS_NEEDED, "#1F42AA", PoliticalRole.PARTICIPATES, "#034B45", PoliticalRole.CHAIRS,
            "#2A2859");

    /** Formal meetings a year of one pair; those "ved behov" or by milestones are counted apart. */
    public record PairMeetings(String department, String agency, int perYear, long withoutNumber) {
    }

    /**
     * Of the pairs with a meeting of one type, how many do something: write minutes, involve political leadership.
     *
     * @param type the standard type, or null for meetings of no standard type
     */
    public record TypeShare(@Nullable String type, String label, int pairs, int doing) {

        public int percent() {
            return pairs == 0 ? 0 : Math.round(100f * doing / pairs);
        }
    }

    /** How political leadership takes part in the meetings of one type: meetings per political role. */
    public record PoliticalInvolvement(@Nullable String type, String label, Map<PoliticalRole, Long> meetings) {
    }

    /** A meeting name in use and how the kartlegging reads it. */
    public record TermUse(String name, int pairs, @Nullable String type, boolean marked, boolean standard) {
    }

    /**
     * The city's typical practice for one meeting type, and a pair's own.
     *
     * @param medianPerYear the median meetings a year among the pairs that state a number, or null if none do
     */
    public record Typical(String type, String label, int pairs, @Nullable Double medianPerYear, int minutesPercent,
            int politicalPercent) {

        /** Figures over so few pairs would tell one agency another's practice: only the number of pairs is kept. */
        public Typical withheld() {
            return new Typical(type, label, pairs, null, -1, -1);
        }

        public boolean isWithheld() {
            return minutesPercent < 0;
        }
    }

    public static List<PairMeetings> formalMeetingsPerYear(CitySurvey survey) {
        return survey.pairs().stream().filter(p -> p.posterId() != null)
                .map(p -> new PairMeetings(p.departmentName(), p.agencyName(), p.formalMeetingsPerYear(),
                        p.formalMeetingsWithoutNumber()))
                .toList();
    }

    public static List<TypeShare> minutesByType(CitySurvey survey, String otherLabel) {
        return shares(survey, otherLabel, MeetingPractice::withMinutes);
    }

    private static List<TypeShare> shares(CitySurvey survey, String otherLabel, Predicate<MeetingPractice> doing) {
        var shares = new ArrayList<TypeShare>();
        for (var type : survey.types()) {
            shares.add(share(survey, type.key(), type.name(), doing));
        }
        shares.add(share(survey, null, otherLabel, doing));
        return shares;
    }

    private static TypeShare share(CitySurvey survey, @Nullable String type, String label,
            Predicate<MeetingPractice> doing) {
        int pairs = 0;
        int doingPairs = 0;
        for (var pair : survey.pairs()) {
            var meetings = type == null ? pair.otherMeetings() : pair.meetingsOf(type);
            if (!meetings.isEmpty()) {
                pairs++;
                if (meetings.stream().anyMatch(doing)) {
                    doingPairs++;
                }
            }
        }
        return new TypeShare(type, label, pairs, doingPairs);
    }

    public static List<PoliticalInvolvement> politicalInvolvement(CitySurvey survey, String otherLabel) {
        var result = new ArrayList<PoliticalInvolvement>();
        var labels = new LinkedHashMap<@Nullable String, String>();
        survey.types().forEach(t -> labels.put(t.key(), t.name()));
        labels.put(null, otherLabel);
        labels.forEach((type, label) -> {
            var counts = new EnumMap<PoliticalRole, Long>(PoliticalRole.class);
            for (PoliticalRole role : PoliticalRole.values()) {
                counts.put(role, 0L);
            }
            survey.pairs().stream().flatMap(p -> (type == null ? p.otherMeetings() : p.meetingsOf(type)).stream())
                    .forEach(m -> {
                        try {
                            counts.merge(PoliticalRole.valueOf(m.politicalRole()), 1L, Long::sum);
                        } catch (IllegalArgumentException notChosen) {
                            // A meeting without a chosen role counts in no column.
                        }
                    });
            result.add(new PoliticalInvolvement(type, label, counts));
        });
        return result;
    }

    /** Every meeting name in use, most used first, with the type the kartlegging counts it as. */
    public static List<TermUse> terms(CitySurvey survey, Map<String, String> synonyms) {
        record Use(String name, java.util.Set<Long> pairs, Map<@Nullable String, Integer> types) {
        }
        var uses = new LinkedHashMap<String, Use>();
        for (var pair : survey.pairs()) {
            for (var meeting : pair.meetings()) {
                String term = CommonTerms.normalise(meeting.name());
                if (term.isEmpty()) {
                    continue;
                }
                var use = uses.computeIfAbsent(term,
                        t -> new Use(meeting.name().strip(), new java.util.HashSet<>(), new java.util.HashMap<>()));
                use.pairs().add(pair.agencyId());
                use.types().merge(meeting.type(), 1, Integer::sum);
            }
        }
        var standardNames = survey.types().stream().map(t -> CommonTerms.normalise(t.name())).toList();
        return uses.entrySet().stream().map(e -> {
            // A marked name counts as the type it was marked as; any other as the type most of its meetings have.
            String type = synonyms.containsKey(e.getKey()) ? synonyms.get(e.getKey())
                    : e.getValue().types().entrySet().stream().max(Map.Entry.comparingByValue())
                            .map(Map.Entry::getKey).orElse(null);
            return new TermUse(e.getValue().name(), e.getValue().pairs().size(), type,
                    synonyms.containsKey(e.getKey()), standardNames.contains(e.getKey()));
        }).sorted((a, b) -> a.pairs() != b.pairs() ? b.pairs() - a.pairs() : a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /** The city's typical practice per standard meeting type, over every pair with a poster. */
    public static List<Typical> typical(CitySurvey city) {
        var typical = new ArrayList<Typical>();
        for (var type : city.types()) {
            var perYear = new ArrayList<Integer>();
            int pairs = 0;
            int minutes = 0;
            int political = 0;
            for (var pair : city.pairs()) {
                var meetings = pair.meetingsOf(type.key());
                if (meetings.isEmpty()) {
                    continue;
                }
                pairs++;
                meetings.stream().map(MeetingPractice::perYear).filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue).max().ifPresent(perYear::add);
                minutes += meetings.stream().anyMatch(MeetingPractice::withMinutes) ? 1 : 0;
                political += meetings.stream().anyMatch(MeetingPractice::politicalLeadershipTakesPart) ? 1 : 0;
            }
            typical.add(new Typical(type.key(), type.name(), pairs, median(perYear),
                    pairs == 0 ? 0 : Math.round(100f * minutes / pairs),
                    pairs == 0 ? 0 : Math.round(100f * political / pairs)));
        }
        return typical;
    }

    static @Nullable Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
