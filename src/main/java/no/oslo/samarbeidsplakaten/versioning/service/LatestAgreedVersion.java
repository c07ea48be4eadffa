package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterSummaries;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A poster's current agreed practice read without a signed-in user, for a caller whose right was established by other
 * means: the calendar feed, whose secret address is its key. Only agreed versions are ever read here, never the draft.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("service")
public class LatestAgreedVersion {

    /** The latest agreed version of a poster: its number, when it was locked, and its content to show. */
    public record Agreed(int number, Instant lockedAt, PosterDocument document) {
    }

    private final PosterVersionRepository versions;
    private final PosterSummaries posters;
    private final TemplateService templates;

    LatestAgreedVersion(PosterVersionRepository versions, PosterSummaries posters, TemplateService templates) {
        this.versions = versions;
        this.posters = posters;
        this.templates = templates;
    }

    public Optional<Agreed> of(long posterId) {
        return versions.findFirstByPosterIdOrderByNumberDesc(posterId).flatMap(version -> posters.of(posterId)
                .map(summary -> new Agreed(version.getNumber(), version.getLockedAt(), PosterDocument.of(summary,
                        templates.byKeyAndVersion(version.getTemplateKey(), version.getTemplateVersion()),
                        PosterContent.fromJson(version.getContent())))));
    }
}
