package no.oslo.samarbeidsplakaten.export.service;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.oslo.samarbeidsplakaten.base.i18n.TranslationProvider;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first PDF pays for loading fonts and warming the layout code (about a second). Rendering the template once
 * on the export pool right after start-up means the first person to download does not pay it.
 */
@Component
public class ExportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ExportWarmUp.class);

    private final boolean enabled;
    private final ExportPool pool;
    private final PdfPosterRenderer renderer;
    private final ExportService exports;
    private final TemplateService templates;
    private final Clock clock;
    private volatile CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    ExportWarmUp(@Value("${samarbeidsplakaten.export.warm-up:true}") boolean enabled, ExportPool pool,
            PdfPosterRenderer renderer, ExportService exports, TemplateService templates, Clock clock) {
        this.enabled = enabled;
        this.pool = pool;
        this.renderer = renderer;
        this.exports = exports;
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        if (!enabled) {
            return;
        }
        var poster = templatePoster();
        long start = System.nanoTime();
        done = pool.submit(() -> renderer.render(poster, PaperFormat.A3)).handle((pdf, failure) -> {
            if (failure != null) {
                log.warn("Export warm-up failed; the first export will be slower", failure);
            } else {
                log.info("Export warm-up: first poster rendered in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            return null;
        });
    }

    /** Completes when the warm-up has run (at once when it is switched off). */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** The current template with its guidance values, as a new pair's poster would start. */
    private PrintablePoster templatePoster() {
        PosterTemplate template = templates.current();
        var content = PosterContent.fromTemplate(template, () -> "warm-up");
        var labels = exports.labels(TranslationProvider.NORWEGIAN);
        var summary = new PosterSummary(0, 0, 0, labels.t("choice.Side.DEPARTMENT"),
                labels.t("choice.Side.AGENCY"), PosterStatus.DRAFT, clock.instant(), null, null);
        var stamp = new PrintablePoster.Stamp(null, null, List.of(), null, false, null, clock.instant());
        return new PrintablePoster(PosterDocument.of(summary, template, content), stamp, "https://localhost/",
                false, labels, TranslationProvider.NORWEGIAN);
    }
}
