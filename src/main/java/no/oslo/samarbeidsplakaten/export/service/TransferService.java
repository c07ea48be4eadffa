package no.oslo.samarbeidsplakaten.export.service;

import java.time.Clock;
import java.util.List;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The poster as a JSON file and back: export for anyone who may read the poster, import for the admin. An import
 * is checked in full before anything is written, and written in one transaction, so a broken file changes nothing.
 */
@Service
public class TransferService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PosterQueries posters;
    private final PosterLifecycle lifecycle;
    private final VersioningService versioning;
    private final OrganisationService organisations;
    private final TemplateService templates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TransferService(PosterQueries posters, PosterLifecycle lifecycle, VersioningService versioning, OrganisationService organisations,
            TemplateService templates, Clock clock, ApplicationEventPublisher events) {
        this.posters = posters;
        this.lifecycle = lifecycle;
        this.versioning = versioning;
        this.organisations = organisations;
        this.templates = templates;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param versionNumber the version whose content to export, or null for the draft
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public PosterExportFile export(long posterId, Integer versionNumber) {
        var summary = posters.summary(posterId);
        PosterContent content = versionNumber == null ? posters.content(posterId)
                : versioning.version(posterId, versionNumber).document().content();
        events.publishEvent(new ExportEvents.Exported(posterId,
                "JSON " + (versionNumber == null ? "utkast" : "versjon " + versionNumber)));
        var department = organisations.findById(summary.departmentId()).orElseThrow();
        var agency = organisations.findById(summary.agencyId()).orElseThrow();
        return new PosterExportFile(PosterExportFile.FORMAT, PosterExportFile.FORMAT_VERSION, clock.instant(),
                organisation(department), organisation(agency),
                versionNumber == null ? "utkast" : "versjon-" + versionNumber, content,
                versioning.records(posterId));
    }

    public byte[] toJson(PosterExportFile file) {
        return JSON.writeValueAsBytes(file);
    }

    /** Checks a file without writing anything: what it would become, or every problem with it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(byte[] file) {
        var result = read(file);
        if (result.plan() == null) {
            return new ImportPreview(null, null, null, result.problems());
        }
        var plan = result.plan();
        return new ImportPreview(plan.department().getName(), plan.agency().getName(),
                posters.findPosterOf(plan.department().getId(), plan.agency().getId()).orElse(null), List.of());
    }

    /**
     * Imports a file as the draft of its pair's poster (a new poster if the pair has none).
     *
     * @return the poster's id
     * @throws ImportRefusedException with every problem, when the file does not pass; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long importFile(byte[] file) {
        var result = read(file);
        if (result.plan() == null) {
            throw new ImportRefusedException(result.problems());
        }
        var plan = result.plan();
        long posterId = lifecycle.importContent(plan.department().getId(), plan.agency().getId(), plan.content());
        events.publishEvent(new ExportEvents.Imported(posterId,
                plan.department().getCode() + "/" + plan.agency().getCode()));
        return posterId;
    }

    private ImportReader.Result read(byte[] file) {
        return new ImportReader(new ImportReader.Catalogue() {
            @Override
            public Organisation organisation(String code) {
                return organisations.findByCode(code).orElse(null);
            }

            @Override
            public PosterTemplate template(String key, int version) {
                return templates.find(key, version).orElse(null);
            }

            @Override
            public boolean isKnownRole(String roleKey) {
                return organisations.isKnownRole(roleKey);
            }
        }).read(file);
    }

    private static PosterExportFile.Organisation organisation(Organisation organisation) {
        return new PosterExportFile.Organisation(organisation.getCode(), organisation.getName());
    }

    /**
     * What an import would do.
     *
     * @param existingPosterId the poster whose draft the import replaces, or null when it creates one
     */
    public record ImportPreview(String departmentName, String agencyName, Long existingPosterId,
            List<ImportProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The file did not pass; nothing was written. */
    public static class ImportRefusedException extends RuntimeException {

        private final transient List<ImportProblem> problems;

        ImportRefusedException(List<ImportProblem> problems) {
            super(problems.size() + " problems in the import file");
            this.problems = problems;
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }
}
