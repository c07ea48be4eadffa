package no.oslo.samarbeidsplakaten.template.service;

import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the template format: the JSON that is stored, exported and imported. */
final class TemplateJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private TemplateJson() {
    }

    static PosterTemplate parse(long id, String content) {
        var parsed = MAPPER.readValue(content, Content.class);
        return new PosterTemplate(id, parsed.key(), parsed.version(), orEmpty(parsed.name()),
                parsed.sections() == null ? List.of() : List.copyOf(parsed.sections()),
                parsed.cells() == null ? Map.of() : Map.copyOf(parsed.cells()),
                parsed.reflectionQuestions() == null ? List.of() : List.copyOf(parsed.reflectionQuestions()),
                parsed.meetings() == null ? List.of() : List.copyOf(parsed.meetings()),
                parsed.roles() == null ? List.of() : List.copyOf(parsed.roles()),
                parsed.commitments() == null ? new PosterTemplate.Commitments(List.of(), List.of())
                        : parsed.commitments(),
                parsed.rules() == null ? List.of() : List.copyOf(parsed.rules()));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The stored form: every part optional, so a template written before a part existed still reads. */
    record Content(
            String key,
            int version,
            @Nullable String name,
            @Nullable List<PosterTemplate.Section> sections,
            @Nullable Map<String, String> cells,
            @Nullable List<PosterTemplate.ReflectionQuestion> reflectionQuestions,
            @Nullable List<PracticeRule> rules,
            @Nullable List<PosterTemplate.TemplateMeeting> meetings,
            @Nullable List<PosterTemplate.Role> roles,
            PosterTemplate.@Nullable Commitments commitments) {
    }
}
