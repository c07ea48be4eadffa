package no.oslo.samarbeidsplakaten.template.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersion;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    // Versions are published only by migrations, before the app serves anyone, so the latest is read once.
    private volatile @Nullable PosterTemplate current;

    TemplateService(TemplateVersionRepository templates) {
        this.templates = templates;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public PosterTemplate current() {
        var known = current;
        if (known == null) {
            known = parse(templates.findFirstByTemplateKeyOrderByVersionDesc(OSLO_STANDARD)
                    .orElseThrow(() -> new IllegalStateException("The Oslo standard template is missing")));
            current = known;
        }
        return known;
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
                    content.commitments(), content.rules() == null ? List.of() : List.copyOf(content.rules()));
        });
    }

    private record TemplateContent(
            String key,
            int version,
            String name,
            Map<String, String> cells,
            List<PosterTemplate.ReflectionQuestion> reflectionQuestions,
            List<PosterTemplate.TemplateMeeting> meetings,
            PosterTemplate.Commitments commitments,
            @Nullable List<PracticeRule> rules) {
    }
}
