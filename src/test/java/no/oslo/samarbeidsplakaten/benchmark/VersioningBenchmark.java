package no.oslo.samarbeidsplakaten.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersion;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionParticipant;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Measures the history and the comparison server side with 1,000 versions of a full poster and prints the figures
 * (run with {@code ./mvnw verify -Pbenchmark}).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class VersioningBenchmark {

    private static final int VERSIONS = 1000;
    private static final int RUNS = 50;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired
    VersioningService versioning;

    @Autowired
    PosterVersionRepository versions;

    @Test
    void historyAndCompareFigures() {
        testData.removePosters();
        long[] id = new long[1];
        PosterContent[] content = new PosterContent[1];
        testData.asAdmin(() -> {
            id[0] = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
            content[0] = posters.content(id[0]);
        });
        long posterId = id[0];
        var batch = new ArrayList<PosterVersion>();
        for (int n = 1; n <= VERSIONS; n++) {
            PosterContent version = edited(content[0], n);
            batch.add(new PosterVersion(posterId, n, Instant.now(), "Benchmark", "Endring nummer " + n,
                    version.templateKey(), version.templateVersion(), LocalDate.now().plusYears(1),
                    List.of(new VersionApprover("Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT),
                            new VersionApprover("Per Hansen", "Etatssjef", Side.AGENCY)),
                    List.of(new VersionParticipant("Kommunaldirektør", Side.DEPARTMENT),
                            new VersionParticipant("Etatssjef", Side.AGENCY)), version.toJson(), version.hash()));
            if (batch.size() == 100) {
                versions.saveAll(batch);
                batch.clear();
            }
        }

        List<Long> history = new ArrayList<>();
        List<Long> compare = new ArrayList<>();
        testData.asAdmin(() -> {
            for (int run = 0; run < RUNS; run++) {
                history.add(time(() -> versioning.history(posterId, PageRequest.of(0, 50))));
                int from = 1 + run * 7 % (VERSIONS - 1);
                compare.add(time(() -> versioning.compare(posterId, from, VERSIONS, (key, value) -> value)));
            }
        });
        // The first runs warm the JIT and caches; report the steady state and the cold first call.
        System.out.printf("%nHISTORY (%d versions): first page of 50, first call %.1f ms, warm p50 %.1f ms, "
                + "p95 %.1f ms%n", VERSIONS, ms(history.getFirst()), ms(percentile(history.subList(10, RUNS), 50)),
                ms(percentile(history.subList(10, RUNS), 95)));
        System.out.printf("COMPARE (two versions of a full poster): first call %.1f ms, warm p50 %.1f ms, "
                + "p95 %.1f ms%n%n", ms(compare.getFirst()), ms(percentile(compare.subList(10, RUNS), 50)),
                ms(percentile(compare.subList(10, RUNS), 95)));
    }

    /** Version n differs from the original in a few texts and one structured value, as real versions do. */
    private static PosterContent edited(PosterContent original, int n) {
        var sections = new TreeMap<>(original.sections());
        sections.put("signals.text", original.sections().get("signals.text") + " Revisjon " + n + ".");
        var meetings = new ArrayList<PosterContent.Meeting>();
        for (var meeting : original.meetings()) {
            var values = new TreeMap<>(meeting.values());
            values.put(MeetingField.PURPOSE.key(), meeting.value(MeetingField.PURPOSE) + " (" + n % 7 + ")");
            values.put(MeetingField.FREQUENCY.key(), "UP_TO:" + (1 + n % 6) + ":YEAR");
            meetings.add(new PosterContent.Meeting(meeting.rowKey(), meeting.templateKey(), values));
        }
        return new PosterContent(original.templateKey(), original.templateVersion(), sections, meetings,
                original.departmentCommitments(), original.agencyCommitments());
    }

    private static long time(Supplier<?> action) {
        long start = System.nanoTime();
        action.get();
        return System.nanoTime() - start;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long percentile(List<Long> values, int percentile) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
