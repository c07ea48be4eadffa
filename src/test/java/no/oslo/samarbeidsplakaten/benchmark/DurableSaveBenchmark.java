package no.oslo.samarbeidsplakaten.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * What it costs that a confirmed save is on disk before the UI says so (H2 file database with WRITE_DELAY=0, the
 * embedded default) against H2's default write delay, which may hold committed saves in memory for up to 500 ms.
 * Printed with {@code ./mvnw verify -Pbenchmark}: p50 and p95 of a cell save through the service.
 */
@Tag("benchmark")
class DurableSaveBenchmark {

    private static final int SAVES = 400;

    @TempDir
    Path data;

    @Test
    void costOfADurableSave() {
        var durable = measure(data.resolve("durable"), null);
        var delayed = measure(data.resolve("delayed"), "jdbc:h2:file:" + data.resolve("delayed")
                + ";DB_CLOSE_ON_EXIT=FALSE");
        System.out.printf("%nDURABLE SAVE (%d cell saves each, file database): WRITE_DELAY=0 (the default now) p50 %.2f ms,"
                + " p95 %.2f ms; H2's default write delay (before) p50 %.2f ms, p95 %.2f ms%n%n", SAVES,
                durable[0], durable[1], delayed[0], delayed[1]);
    }

    /** @return p50 and p95 in milliseconds */
    private static double[] measure(Path database, String urlOverride) {
        var arguments = new ArrayList<>(List.of("--server.port=0", "--samarbeidsplakaten.db.path=" + database,
                "--samarbeidsplakaten.export.warm-up=false"));
        if (urlOverride != null) {
            arguments.add("--spring.datasource.url=" + urlOverride);
        }
        try (var app = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new))) {
            var testData = app.getBean(TestData.class);
            var posters = app.getBean(PosterQueries.class);
            var cellEditing = app.getBean(CellEditing.class);
            long posterId = testData.freshMosBymPoster();
            List<Double> times = new ArrayList<>();
            testData.as("kari", () -> {
                var cell = posters.load(posterId).section(SectionField.SIGNALS);
                long revision = cell.revision();
                for (int i = 0; i < SAVES; i++) {
                    long start = System.nanoTime();
                    revision = cellEditing.updateCell(posterId, cell.id(), revision, "Lagring " + i).revision();
                    times.add((System.nanoTime() - start) / 1e6);
                }
            });
            // The first quarter warms the JIT and the connection pool up and is left out.
            var sorted = times.subList(SAVES / 4, SAVES).stream().sorted().toList();
            return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95))};
        }
    }
}
