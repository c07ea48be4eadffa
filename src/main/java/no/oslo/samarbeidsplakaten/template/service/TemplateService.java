package no.oslo.samarbeidsplakaten.template.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersion;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published template versions. */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    /** The template every new poster starts from. */
    public static final String OSLO_STANDARD = "oslo-standard";

    private final TemplateVersionRepository templates;
    // Template versions are immutable once published, so parsed copies can be kept.
    private final Map<Long, PosterTemplate> parsed = new ConcurrentHashMap<>();

    TemplateService(TemplateVersionRepository templates) {
        this.templates = templates;
    }

    /** A published version in the list of versions. */
    public record VersionInfo(int version, String name, Instant publishedAt, String publishedBy, String changeNote) {
    }

    /** The latest published version: what new posters start from and what older drafts may adopt. */
    public PosterTemplate current() {
        // Its id is read every time, so a version published on another node counts at once here too.
        return byId(templates.findLatestId(OSLO_STANDARD)
                .orElseThrow(() -> new IllegalStateException("The Oslo standard template is missing")));
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
        return find(key, version)
                .orElseThrow(() -> new IllegalArgumentException("Unknown template " + key + " " + version));
    }

    /** A template version, if this installation has it. */
    public Optional<PosterTemplate> find(String key, int version) {
        return templates.findByTemplateKeyAndVersion(key, version).map(this::parse);
    }

    /** The published versions of the Oslo standard template, newest first. */
    public List<VersionInfo> versions() {
        return templates.findByTemplateKeyOrderByVersionDesc(OSLO_STANDARD).stream().map(TemplateService::info)
                .toList();
    }

    /** What the list of versions says about one version. */
    public Optional<VersionInfo> info(int version) {
        return templates.findByTemplateKeyAndVersion(OSLO_STANDARD, version).map(TemplateService::info);
    }

    /** A published version as the template file another installation can import. */
    public Optional<String> exportJson(int version) {
        return templates.findByTemplateKeyAndVersion(OSLO_STANDARD, version)
                .map(v -> TemplateJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(TemplateJson.MAPPER.readTree(v.getContent())));
    }

    private static VersionInfo info(TemplateVersion v) {
        return new VersionInfo(v.getVersion(), v.getName(), v.getPublishedAt(), v.getPublishedBy(), v.getChangeNote());
    }

    private PosterTemplate parse(TemplateVersion version) {
        return parsed.computeIfAbsent(version.getId(), id -> TemplateJson.parse(id, version.getContent()));
    }
}
