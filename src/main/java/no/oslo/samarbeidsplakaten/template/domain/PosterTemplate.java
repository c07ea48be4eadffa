package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The parsed content of a template version: default values for the poster's section cells, the default meeting rows
 * with their attribute values, each side's default commitments and the workshop's reflection questions, and the common rules the kartlegging checks posters against.
 */
@NamedInterface("model")
public record PosterTemplate(
        long id,
        String key,
        int version,
        String name,
        Map<String, String> cells,
        List<ReflectionQuestion> reflectionQuestions,
        List<TemplateMeeting> meetings,
        Commitments commitments,
        List<PracticeRule> rules) {

    /** The standard meeting type a template row key stands for, if this template has it. */
    public java.util.Optional<TemplateMeeting> meetingType(String key) {
        return meetings.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public record ReflectionQuestion(String key, String nb, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nb;
        }
    }

    public record TemplateMeeting(String key, Map<String, String> cells) {

        /** The standard term: the name the template gives this meeting type. */
        public String name() {
            return cells.getOrDefault("name", key);
        }
    }

    public record Commitments(List<String> department, List<String> agency) {
    }
}
