package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The parsed content of a template version: default values for the poster's section cells, the default meeting rows
 * with their attribute values, each side's default commitments and the workshop's reflection questions.
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
        Commitments commitments) {

    public record ReflectionQuestion(String key, String nb, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nb;
        }
    }

    public record TemplateMeeting(String key, Map<String, String> cells) {
    }

    public record Commitments(List<String> department, List<String> agency) {
    }
}
