package no.oslo.samarbeidsplakaten.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.ExportWarmUp;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.export.service.PdfPosterRenderer.RenderedPdf;
import no.oslo.samarbeidsplakaten.export.service.PrintablePoster;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Measures the A3 PDF of a full poster: the first export right after start-up (while the warm-up runs), warm
 * exports one after another, and what a burst of exports does to a workshop's cell saves. Prints the figures (run
 * with {@code ./mvnw verify -Pbenchmark}).
 */
@Tag("benchmark")
@SpringBootTest(properties = "samarbeidsplakaten.export.warm-up=true")
@ActiveProfiles("test")
class ExportBenchmark {

    private static final int WARM_RUNS = 40;
    private static final int BURST = 12;
    private static final String SENTENCE = "Vi avklarer saken skriftlig og følger opp i neste etatsstyringsmøte, "
            + "med risiko og måloppnåelse som tema. ";

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterStructure structure;

    @Autowired
    ExportService exports;

    @Autowired
    ExportWarmUp warmUp;

    @Test
    void pdfFigures() {
        long started = System.nanoTime();
        testData.removePosters();
        long posterId = testData.fetchAs("admin", this::fullPoster);
        PrintablePoster poster = printable(posterId);
        var first = exports.pdf(poster, PaperFormat.A3).join();
        double firstMs = ms(started);
        warmUp.done().join();

        var warm = new ArrayList<Double>();
        RenderedPdf last = first;
        for (int i = 0; i < WARM_RUNS; i++) {
            long t0 = System.nanoTime();
            last = exports.pdf(printable(posterId), PaperFormat.A3).join();
            warm.add(ms(t0));
        }

        var idleSaves = saveLatencies(posterId, 30);
        long burstStart = System.nanoTime();
        var burst = new ArrayList<CompletableFuture<RenderedPdf>>();
        for (int i = 0; i < BURST; i++) {
            burst.add(exports.pdf(poster, PaperFormat.A3));
        }
        var burstSaves = saveLatencies(posterId, 30);
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
        double burstMs = ms(burstStart);

        System.out.printf(Locale.ROOT, """
                ==== Export benchmark (full poster: %d meetings, every field filled; A3; %d export thread(s)) ====
                first export after start (warm-up running): %.0f ms (from context ready, incl. creating the poster)
                warm A3 export, %d runs: p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d page(s), base type %.2f pt, %d kB
                burst of %d exports at once: all done in %.0f ms
                workshop cell save while idle: p50 %.1f ms, p95 %.1f ms; during the burst: p50 %.1f ms, p95 %.1f ms
                %n""", poster.document().meetings().size(), threads(), firstMs, WARM_RUNS, pct(warm, 50),
                pct(warm, 95), pct(warm, 100), last.pages(), last.fontPt(), last.bytes().length / 1024, BURST, burstMs,
                pct(idleSaves, 50), pct(idleSaves, 95), pct(burstSaves, 50), pct(burstSaves, 95));
    }

    private PrintablePoster printable(long posterId) {
        return testData.fetchAs("admin", () -> exports.printable(posterId, null, false, Locale.forLanguageTag("nb"),
                "https://plakat.example/"));
    }

    /** The template's four meetings plus four of the pair's own, every attribute and note filled in. */
    private long fullPoster() {
        long id = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
        for (String name : List.of("Startmøte", "Strategimøte", "Orienteringsmøte", "Strategiseminar")) {
            structure.addMeeting(id, name, Formality.INFORMAL);
        }
        for (var meeting : posters.load(id).meetings()) {
            for (MeetingField field : MeetingField.values()) {
                if (field.kind() == CellKind.TEXT) {
                    var cell = meeting.cell(field);
                    cellEditing.updateCell(id, cell.id(), cell.revision(), SENTENCE.repeat(field.key().endsWith("note")
                            ? 1 : 3).strip());
                }
            }
        }
        for (RowList side : List.of(RowList.DEPARTMENT_COMMITMENTS, RowList.AGENCY_COMMITMENTS)) {
            for (int i = 0; i < 3; i++) {
                structure.addCommitment(id, side, SENTENCE.strip());
            }
        }
        return id;
    }

    private List<Double> saveLatencies(long posterId, int saves) {
        var latencies = new ArrayList<Double>();
        testData.as("admin", () -> {
            for (int i = 0; i < saves; i++) {
                var cell = posters.load(posterId).sectionCells().get("signals.text");
                long t0 = System.nanoTime();
                cellEditing.updateCell(posterId, cell.id(), cell.revision(), SENTENCE + i);
                latencies.add(ms(t0));
            }
        });
        return latencies;
    }

    private int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static double pct(List<Double> values, int percentile) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
