package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The parsed content of a template version: the sections' titles and guidance, default values for the poster's
 * section cells, the standard meeting types with their default attribute values, the role catalogue, each side's
 * default commitments, the workshop's reflection questions, and the common rules the kartlegging checks posters
 * against.
 */
@NamedInterface("model")
public record PosterTemplate(
        long id,
        String key,
        int version,
        String name,
        List<Section> sections,
        Map<String, String> cells,
        List<ReflectionQuestion> reflectionQuestions,
        List<TemplateMeeting> meetings,
        List<Role> roles,
        Commitments commitments,
        List<PracticeRule> rules) {

    /** The poster's parts in their order, as the template names them. */
    public static final List<String> SECTION_KEYS =
            List.of("purpose", "documents", "meetings", "signals", "commitments", "reflection", "practice");

    /** The standard meeting type a template row key stands for, if this template has it. */
    public Optional<TemplateMeeting> meetingType(String key) {
        return meetings.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** A text in both of the app's languages. */
    public record Localized(String nb, String en) {

        public Localized {
            nb = nb == null ? "" : nb;
            en = en == null ? "" : en;
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nb;
        }
    }

    /** A part of the poster: its heading and the guidance shown under it while a pair fills it in. */
    public record Section(String key, Localized title, Localized guidance) {

        public Section {
            title = title == null ? new Localized("", "") : title;
            guidance = guidance == null ? new Localized("", "") : guidance;
        }
    }

    public record ReflectionQuestion(String key, String nb, String en) {

        public ReflectionQuestion {
            nb = nb == null ? "" : nb;
            en = en == null ? "" : en;
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nb;
        }
    }

    /** A standard meeting type: what the template calls it, what it is for, and what a new poster starts with. */
    public record TemplateMeeting(String key, @Nullable Localized definition, Map<String, String> cells) {

        public TemplateMeeting {
            cells = cells == null ? Map.of() : cells;
        }

        /** The standard term: the name the template gives this meeting type. */
        public String name() {
            return cells.getOrDefault("name", key);
        }
    }

    /**
     * A role title that chairs or attends meetings.
     *
     * @param side DEPARTMENT, AGENCY or POLITICAL
     */
    public record Role(String key, String side, String nb, String en) {

        public Role {
            side = side == null ? "" : side;
            nb = nb == null ? "" : nb;
            en = en == null ? "" : en;
        }

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nb;
        }
    }

    public record Commitments(List<String> department, List<String> agency) {

        public Commitments {
            department = department == null ? List.of() : department;
            agency = agency == null ? List.of() : agency;
        }
    }
}
