package no.oslo.samarbeidsplakaten.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What an operator reads to see the app's health under load: how long saves, live fan-out and PDF renders take. */
@SpringBootTest
@ActiveProfiles("test")
class OperationsMetricsTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cellEditing;

    @Autowired
    ExportService exports;

    @Autowired
    LiveBroadcaster broadcaster;

    @Autowired
    MeterRegistry meters;

    @Test
    void savesFanOutAndPdfRendersAreTimed() throws Exception {
        long posterId = testData.freshMosBymPoster();
        long savesBefore = meters.get("samarbeidsplakaten.cell.save").timer().count();
        long deliveriesBefore = meters.get("samarbeidsplakaten.live.delivery").timer().count();
        var viewsOnIt = broadcaster.subscribe(posterId, event -> { });
        try {
            testData.as("kari", () -> {
                var signals = posters.load(posterId).section(SectionField.SIGNALS);
                cellEditing.updateCell(posterId, signals.id(), signals.revision(), "Skrives ned samme dag.");
            });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!broadcaster.isIdle() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } finally {
            viewsOnIt.remove();
        }
        assertThat(meters.get("samarbeidsplakaten.cell.save").timer().count()).isEqualTo(savesBefore + 1);
        assertThat(meters.get("samarbeidsplakaten.live.delivery").timer().count()).isGreaterThan(deliveriesBefore);
        assertThat(meters.get("samarbeidsplakaten.live.fanout").summary().max()).isGreaterThanOrEqualTo(1);

        long rendersBefore = meters.get("samarbeidsplakaten.pdf.render").timer().count();
        testData.as("kari", () -> exports.pdf(exports.printable(posterId, null, false, Locale.of("nb"),
                "http://localhost/"), PaperFormat.A4).join());
        var renders = meters.get("samarbeidsplakaten.pdf.render").timer();
        assertThat(renders.count()).isEqualTo(rendersBefore + 1);
        assertThat(renders.totalTime(TimeUnit.MILLISECONDS)).isPositive();
    }
}
