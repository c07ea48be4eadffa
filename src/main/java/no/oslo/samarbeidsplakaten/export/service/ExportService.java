package no.oslo.samarbeidsplakaten.export.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import no.oslo.samarbeidsplakaten.base.i18n.TranslationProvider;
import no.oslo.samarbeidsplakaten.export.service.PdfPosterRenderer.RenderedPdf;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabelSource;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed poster: gathers what a version or the draft shows (checking the reader's access, in the reader's
 * request), then renders it on the export pool.
 */
@Service
public class ExportService {

    private final PosterQueries posters;
    private final VersioningService versioning;
    private final PosterLabelSource labelSource;
    private final PdfPosterRenderer renderer;
    private final ExportPool pool;
    private final ApplicationEventPublisher events;
    private final Timer renders;

    ExportService(PosterQueries posters, VersioningService versioning, PosterLabelSource labelSource,
            PdfPosterRenderer renderer, ExportPool pool, ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.posters = posters;
        this.versioning = versioning;
        this.labelSource = labelSource;
        this.renderer = renderer;
        this.pool = pool;
        this.events = events;
        this.renders = Timer.builder("samarbeidsplakaten.pdf.render")
                .description("Rendering one PDF poster on the export pool, fitting included").register(meters);
    }

    /**
     * What the poster prints, read now with the current user's access.
     *
     * @param versionNumber the version to print, or null for the draft
     * @param baseAddress the app's address, ending in a slash, for the QR code
     */
    @Transactional(readOnly = true)
    @PreAuthorize("#versionNumber == null ? " + PosterAccess.WORK + " : " + PosterAccess.READ_VERSIONS)
    public PrintablePoster printable(long posterId, Integer versionNumber, boolean includeReflection, Locale locale,
            String baseAddress) {
        Locale language = TranslationProvider.supported(locale);
        var labels = labels(language);
        if (versionNumber == null) {
            PosterDocument draft = posters.load(posterId);
            var summary = draft.summary();
            var stamp = new PrintablePoster.Stamp(null, null, List.of(), null, false, summary.agreedVersion(),
                    summary.lastChangedAt());
            return new PrintablePoster(draft, stamp, baseAddress + PosterAddress.readOnly(posterId),
                    includeReflection, labels.withRolesOf(draft.template()), language);
        }
        var version = versioning.version(posterId, versionNumber);
        var stamp = new PrintablePoster.Stamp(version.number(), version.lockedAt(),
                version.approvers().stream().map(a -> a.roleInWords(labels::t)).toList(), version.nextReview(),
                version.current(), version.latestNumber(), version.lockedAt());
        return new PrintablePoster(version.document(), stamp,
                baseAddress + PosterAddress.version(posterId, versionNumber), includeReflection,
                labels.withRolesOf(version.document().template()), language);
    }

    /** Renders on the export pool; refused at once when too many exports are waiting. */
    public CompletableFuture<RenderedPdf> pdf(PrintablePoster poster, PaperFormat format) {
        var stamp = poster.stamp();
        events.publishEvent(new ExportEvents.Exported(poster.document().id(), "PDF " + format.name() + " "
                + (stamp.draft() ? "utkast" : "versjon " + stamp.versionNumber())));
        return pool.submit(() -> renders.record(() -> renderer.render(poster, format)));
    }

    /** A download name such as "samarbeidsplakat-mos-bym-versjon-2-A3.pdf". */
    public static String fileName(PrintablePoster poster, PaperFormat format) {
        var summary = poster.document().summary();
        String which = poster.stamp().draft() ? "utkast" : "versjon-" + poster.stamp().versionNumber();
        return "samarbeidsplakat-" + slug(summary.departmentName()) + "-" + slug(summary.agencyName()) + "-" + which
                + "-" + format.name() + ".pdf";
    }

    PosterLabels labels(Locale locale) {
        return labelSource.in(locale);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }
}
