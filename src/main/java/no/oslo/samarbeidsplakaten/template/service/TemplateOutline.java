package no.oslo.samarbeidsplakaten.template.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.text.WordDiff;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;

/**
 * A template as a list of labelled texts, in the editor's order: what a version page shows and what two versions
 * are compared by. Every text has a path that stays the same across versions (items are named by their keys).
 */
public final class TemplateOutline {

    /** The groups of the outline, in order; each is a translation key {@code template.group.<name>}. */
    public static final List<String> GROUPS =
            List.of("general", "sections", "defaults", "meetings", "roles", "questions", "rules", "commitments");

    private TemplateOutline() {
    }

    /**
     * One text of the template.
     *
     * @param item the item it belongs to in words (a meeting type's name, a question's number), or empty
     * @param labelKey translation key of what the text is ("Veiledning (bokmål)")
     */
    public record Entry(String path, String group, String item, String labelKey, String text) {
    }

    public enum Status {
        ADDED, REMOVED, CHANGED
    }

    /** A text that differs between two versions, with its words marked. */
    public record Difference(Entry entry, Status status, List<WordDiff.Segment> segments) {
    }

    /**
     * Turns a stored code into words: {@code (kind, value)} where kind is a meeting attribute, or {@code "side"},
     * {@code "check"} or {@code "formality"}.
     */
    @FunctionalInterface
    public interface Words {
        String of(String kind, String value);
    }

    public static List<Entry> of(PosterTemplate template, Words words) {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry("name", "general", "", "template.field.name", template.name()));
        for (var section : template.sections()) {
            String item = section.title().nb();
            String at = "sections/" + section.key();
            entries.add(new Entry(at + "/title/nb", "sections", item, "template.field.title.nb", section.title().nb()));
            entries.add(new Entry(at + "/title/en", "sections", item, "template.field.title.en", section.title().en()));
            entries.add(new Entry(at + "/guidance/nb", "sections", item, "template.field.guidance.nb",
                    section.guidance().nb()));
            entries.add(new Entry(at + "/guidance/en", "sections", item, "template.field.guidance.en",
                    section.guidance().en()));
        }
        template.cells().keySet().stream().sorted().forEach(key -> entries.add(
                new Entry("cells/" + key, "defaults", "", "field." + key, template.cells().get(key))));
        for (var meeting : template.meetings()) {
            String at = "meetings/" + meeting.key();
            var definition = meeting.definition() == null ? new PosterTemplate.Localized("", "")
                    : meeting.definition();
            entries.add(new Entry(at + "/definition/nb", "meetings", meeting.name(), "template.field.definition.nb",
                    definition.nb()));
            entries.add(new Entry(at + "/definition/en", "meetings", meeting.name(), "template.field.definition.en",
                    definition.en()));
            meeting.cells().forEach((field, value) -> entries.add(new Entry(at + "/cells/" + field, "meetings",
                    meeting.name(), "meeting.field." + field, words.of(field, value))));
        }
        for (var role : template.roles()) {
            String at = "roles/" + role.key();
            entries.add(new Entry(at + "/nb", "roles", role.nb(), "template.field.label.nb", role.nb()));
            entries.add(new Entry(at + "/en", "roles", role.nb(), "template.field.label.en", role.en()));
            entries.add(new Entry(at + "/side", "roles", role.nb(), "template.field.side",
                    words.of("side", role.side())));
        }
        int number = 1;
        for (var question : template.reflectionQuestions()) {
            String at = "reflectionQuestions/" + question.key();
            String item = "#" + number++;
            entries.add(new Entry(at + "/nb", "questions", item, "template.field.question.nb", question.nb()));
            entries.add(new Entry(at + "/en", "questions", item, "template.field.question.en", question.en()));
        }
        number = 1;
        for (PracticeRule rule : template.rules()) {
            String at = "rules/" + rule.key();
            String item = "#" + number++;
            entries.add(new Entry(at + "/nb", "rules", item, "template.field.rule.nb", rule.nb()));
            entries.add(new Entry(at + "/en", "rules", item, "template.field.rule.en", rule.en()));
            entries.add(new Entry(at + "/about", "rules", item, "template.field.rule.about",
                    rule.meetingType() != null
                            ? template.meetingType(rule.meetingType()).map(PosterTemplate.TemplateMeeting::name)
                                    .orElse(rule.meetingType())
                            : words.of("formality", String.valueOf(rule.formality()))));
            entries.add(new Entry(at + "/check", "rules", item, "template.field.rule.check",
                    words.of("check", rule.check().name())
                    + (rule.check() == PracticeRule.Check.AT_MOST_PER_YEAR ? ": " + rule.limit() : "")
                    + (rule.values().isEmpty() ? "" : ": " + String.join(", ", rule.values()))));
            entries.add(new Entry(at + "/fields", "rules", item, "template.field.rule.fields",
                    String.join(", ", rule.fields())));
        }
        commitments(template.commitments().department(), "department", entries);
        commitments(template.commitments().agency(), "agency", entries);
        return entries;
    }

    private static void commitments(List<String> texts, String side, List<Entry> entries) {
        for (int i = 0; i < texts.size(); i++) {
            entries.add(new Entry("commitments/" + side + "/" + i, "commitments", "#" + (i + 1),
                    "commitments." + side, texts.get(i)));
        }
    }

    /** What differs from {@code before} to {@code after}, in the newer version's order, removed texts last. */
    public static List<Difference> compare(PosterTemplate before, PosterTemplate after, Words words) {
        Map<String, Entry> old = new LinkedHashMap<>();
        of(before, words).forEach(entry -> old.put(entry.path(), entry));
        var differences = new ArrayList<Difference>();
        for (Entry entry : of(after, words)) {
            Entry was = old.remove(entry.path());
            if (was == null) {
                if (!entry.text().isEmpty()) {
                    differences.add(new Difference(entry, Status.ADDED, WordDiff.between("", entry.text())));
                }
            } else if (!was.text().equals(entry.text())) {
                differences.add(new Difference(entry, Status.CHANGED, WordDiff.between(was.text(), entry.text())));
            }
        }
        old.values().stream().filter(entry -> !entry.text().isEmpty()).forEach(entry ->
                differences.add(new Difference(entry, Status.REMOVED, WordDiff.between(entry.text(), ""))));
        return differences;
    }
}
