package no.oslo.samarbeidsplakaten.template.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersion;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersionRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
@NamedInterface("service")
public class TemplateService {

    /** The template every new poster starts from. */
    public static final String OSLO_STANDARD = "oslo-standard";

    private final TemplateVersionRepository templates;
    private final JsonMapper json = JsonMapper.builder().build();
    // Template versions are immutable once published, so parsed copies can be kept.
    private final Map<Long, PosterTemplate> parsed = new ConcurrentHashMap<>();

    TemplateService(TemplateVersionRepository templates) {
        this.templates = templates;
    }

    public PosterTemplate current() {
        var latest = templates.findFirstByTemplateKeyOrderByVersionDesc(OSLO_STANDARD)
                .orElseThrow(() -> new IllegalStateException("The Oslo standard template is missing"));
        return parse(latest);
    }

    public PosterTemplate byId(long templateVersionId) {
        var cached = parsed.get(templateVersionId);
        if (cached != null) {
            return cached;
        }
        return parse(templates.findById(templateVersionId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown template version " + templateVersionId)));
    }

    public PosterTemplate byKeyAndVersion(String key, int version) {
        return parse(templates.findByTemplateKeyAndVersion(key, version)
                .orElseThrow(() -> new IllegalArgumentException("Unknown template " + key + " " + version)));
    }

    /** A template version, if this installation has it. */
    public java.util.Optional<PosterTemplate> find(String key, int version) {
        return templates.findByTemplateKeyAndVersion(key, version).map(this::parse);
    }

    private PosterTemplate parse(TemplateVersion version) {
        return parsed.computeIfAbsent(version.getId(), id -> {
            var content = json.readValue(version.getContent(), TemplateContent.class);
            return new PosterTemplate(id, version.getTemplateKey(), version.getVersion(), version.getName(),
                    Map.copyOf(content.cells()), content.reflectionQuestions(), content.meetings(),
                    content.commitments());
        });
    }

    private record TemplateContent(
            String key,
            int version,
            String name,
            Map<String, String> cells,
            java.util.List<PosterTemplate.ReflectionQuestion> reflectionQuestions,
            java.util.List<PosterTemplate.TemplateMeeting> meetings,
            PosterTemplate.Commitments commitments) {
    }
}
