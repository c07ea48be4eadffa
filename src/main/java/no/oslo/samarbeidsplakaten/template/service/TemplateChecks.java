package no.oslo.samarbeidsplakaten.template.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate.Localized;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import org.jspecify.annotations.Nullable;

/**
 * What a template must be before pairs may start from it: every title and text in both languages, no key twice, every
 * rule and default about something the template has.
 */
final class TemplateChecks {

    private static final Set<String> SIDES = Set.of("DEPARTMENT", "AGENCY", "POLITICAL");
    private static final Set<String> FORMALITIES = Set.of("FORMAL", "INFORMAL");
    /** Months as a poster stores them: month numbers separated by commas, or none. */
    private static final Pattern MONTHS = Pattern.compile("|\\s*(1[0-2]|[1-9])\\s*(,\\s*(1[0-2]|[1-9])\\s*)*");
    private static final List<String> ROLE_FIELDS = List.of("chair", "departmentParticipants", "agencyParticipants");

    private TemplateChecks() {
    }

    static List<TemplateProblem> problems(PosterTemplate template) {
        var problems = new ArrayList<TemplateProblem>();
        if (template.name().isBlank()) {
            problems.add(TemplateProblem.of("template.check.name"));
        }
        if (template.name().length() > TemplateDrafts.MAX_NAME) {
            problems.add(TemplateProblem.of("template.check.nameTooLong", String.valueOf(TemplateDrafts.MAX_NAME)));
        }
        sections(template, problems);
        template.cells().forEach((key, value) -> {
            if (key.endsWith(".months") && !MONTHS.matcher(value).matches()) {
                problems.add(TemplateDrafts.DOCUMENT_MONTHS.contains(key) ? TemplateProblem.of("template.check.months." + key)
                        : TemplateProblem.of("template.check.months", key));
            }
        });
        questions(template, problems);
        var meetingTypes = meetingTypes(template, problems);
        var roles = roles(template, problems);
        for (var meeting : template.meetings()) {
            for (String field : ROLE_FIELDS) {
                for (String role : String.valueOf(meeting.cells().getOrDefault(field, "")).split(",")) {
                    if (!role.isBlank() && !roles.contains(role.strip())) {
                        problems.add(TemplateProblem.of("template.check.unknownRole", meeting.name(), role.strip()));
                    }
                }
            }
        }
        rules(template, meetingTypes, problems);
        commitments(template.commitments().department(), "template.check.commitment.department", problems);
        commitments(template.commitments().agency(), "template.check.commitment.agency", problems);
        return problems;
    }

    private static void sections(PosterTemplate template, List<TemplateProblem> problems) {
        for (String key : PosterTemplate.SECTION_KEYS) {
            var section = template.section(key);
            if (section.isEmpty()) {
                problems.add(TemplateProblem.of("template.check.sectionMissing", key));
                continue;
            }
            both(section.get().title(), true, "template.check.sectionTitle", key, problems);
            both(section.get().guidance(), false, "template.check.sectionGuidance", key, problems);
        }
        duplicates(template.sections(), PosterTemplate.Section::key, "template.check.duplicateKey", problems);
    }

    private static void questions(PosterTemplate template, List<TemplateProblem> problems) {
        int number = 1;
        for (var question : template.reflectionQuestions()) {
            both(new Localized(question.nb(), question.en()), true, "template.check.question",
                    String.valueOf(number++), problems);
        }
        duplicates(template.reflectionQuestions(), PosterTemplate.ReflectionQuestion::key,
                "template.check.duplicateKey", problems);
    }

    private static Set<String> meetingTypes(PosterTemplate template, List<TemplateProblem> problems) {
        var keys = new HashSet<String>();
        int number = 1;
        for (var meeting : template.meetings()) {
            keys.add(meeting.key());
            String label = meeting.cells().getOrDefault("name", "").isBlank() ? String.valueOf(number)
                    : meeting.cells().get("name");
            if (meeting.cells().getOrDefault("name", "").isBlank()) {
                problems.add(TemplateProblem.of("template.check.meetingName", String.valueOf(number)));
            }
            var definition = meeting.definition() == null ? new Localized("", "") : meeting.definition();
            both(definition, true, "template.check.meetingDefinition", label, problems);
            if (!in(FORMALITIES, meeting.cells().get("formality"))) {
                problems.add(TemplateProblem.of("template.check.meetingFormality", label));
            }
            if (!MONTHS.matcher(meeting.cells().getOrDefault("months", "")).matches()) {
                problems.add(TemplateProblem.of("template.check.months", label));
            }
            number++;
        }
        duplicates(template.meetings(), PosterTemplate.TemplateMeeting::key, "template.check.duplicateKey", problems);
        return keys;
    }

    private static Set<String> roles(PosterTemplate template, List<TemplateProblem> problems) {
        var keys = new HashSet<String>();
        int number = 1;
        for (var role : template.roles()) {
            keys.add(role.key());
            both(new Localized(role.nb(), role.en()), true, "template.check.role", String.valueOf(number++),
                    problems);
            if (!in(SIDES, role.side())) {
                problems.add(TemplateProblem.of("template.check.roleSide", role.nb()));
            }
            if (role.nb().length() > TemplateDrafts.MAX_ROLE || role.en().length() > TemplateDrafts.MAX_ROLE) {
                problems.add(TemplateProblem.of("template.check.roleTooLong", role.nb(), String.valueOf(TemplateDrafts.MAX_ROLE)));
            }
        }
        duplicates(template.roles(), PosterTemplate.Role::key, "template.check.duplicateKey", problems);
        return keys;
    }

    private static void rules(PosterTemplate template, Set<String> meetingTypes, List<TemplateProblem> problems) {
        var attributes = new HashSet<String>();
        template.meetings().forEach(m -> attributes.addAll(m.cells().keySet()));
        int number = 1;
        for (PracticeRule rule : template.rules()) {
            String label = String.valueOf(number++);
            both(new Localized(rule.nb(), rule.en()), true, "template.check.rule", label, problems);
            if (rule.meetingType() != null && !rule.meetingType().isBlank()) {
                if (!meetingTypes.contains(rule.meetingType())) {
                    problems.add(TemplateProblem.of("template.check.ruleMeetingType", label, rule.meetingType()));
                }
            } else if (!in(FORMALITIES, rule.formality())) {
                problems.add(TemplateProblem.of("template.check.ruleAbout", label));
            }
            if (rule.check() == null) {
                problems.add(TemplateProblem.of("template.check.ruleCheck", label));
            }
            if (rule.fields().isEmpty()) {
                problems.add(TemplateProblem.of("template.check.ruleFields", label));
            }
            for (String field : rule.fields()) {
                if (!attributes.contains(field)) {
                    problems.add(TemplateProblem.of("template.check.ruleField", label, field));
                }
            }
            if (rule.check() == PracticeRule.Check.ONE_OF && rule.values().isEmpty()) {
                problems.add(TemplateProblem.of("template.check.ruleValues", label));
            }
            if (rule.check() == PracticeRule.Check.AT_MOST_PER_YEAR && rule.limit() <= 0) {
                problems.add(TemplateProblem.of("template.check.ruleLimit", label));
            }
        }
        duplicates(template.rules(), PracticeRule::key, "template.check.duplicateKey", problems);
    }

    private static void commitments(List<String> texts, String messageKey, List<TemplateProblem> problems) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                problems.add(TemplateProblem.of(messageKey, String.valueOf(i + 1)));
            }
        }
    }

    private static boolean in(Set<String> allowed, @Nullable String value) {
        return value != null && allowed.contains(value);
    }

    /** Both languages, or (when not required) neither. */
    private static void both(Localized text, boolean required, String messageKey, String what,
            List<TemplateProblem> problems) {
        boolean nb = !text.nb().isBlank();
        boolean en = !text.en().isBlank();
        if (required ? !(nb && en) : nb != en) {
            problems.add(TemplateProblem.of(messageKey, what));
        }
    }

    private static <T> void duplicates(List<T> items, Function<T, String> key, String messageKey,
            List<TemplateProblem> problems) {
        var seen = new HashSet<String>();
        for (T item : items) {
            String k = key.apply(item);
            if (k == null || k.isBlank()) {
                problems.add(TemplateProblem.of("template.check.blankKey"));
            } else if (!seen.add(k)) {
                problems.add(TemplateProblem.of(messageKey, k));
            }
        }
    }
}
