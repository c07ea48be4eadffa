package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many writers on random cells of one poster at once, each writing against the revision it read, retrying on
 * conflict. Every write either commits or is refused as a conflict; in the end every cell holds its last committed
 * write, and no committed write went missing.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentEditingTest {

    private static final int WRITERS = 12;
    private static final int WRITES_PER_WRITER = 60;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired
    TestData testData;

    @Test
    void everyCellEndsWithItsLastCommittedWriteAndNothingIsLost() throws Exception {
        testData.removePosters();
        long[] posterId = new long[1];
        List<Cell> cells = new ArrayList<>();
        testData.asAdmin(() -> {
            posterId[0] = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
            var document = posters.load(posterId[0]);
            document.meetings().forEach(m -> m.cells().values().stream()
                    .filter(c -> c.fieldKey().endsWith("note") || c.fieldKey().equals("purpose"))
                    .forEach(cells::add));
        });
        // A small set of cells, so writers collide often.
        List<Cell> targets = cells.subList(0, 6);
        Map<Long, Map<Long, String>> committed = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();

        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> testData.asAdmin(() -> {
                    for (int i = 0; i < WRITES_PER_WRITER; i++) {
                        Cell target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                        String value = "skriver " + writer + " skrivning " + i;
                        while (true) {
                            Cell current = currentCell(posterId[0], target.id());
                            try {
                                CellWrite write = cellEditing.updateCell(posterId[0], target.id(), current.revision(),
                                        value);
                                committed.computeIfAbsent(target.id(), id -> new ConcurrentHashMap<>())
                                        .put(write.revision(), value);
                                break;
                            } catch (CellConflictException conflict) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                })));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        SecurityContextHolder.clearContext();
        int totalCommitted = committed.values().stream().mapToInt(Map::size).sum();
        assertThat(totalCommitted).isEqualTo(WRITERS * WRITES_PER_WRITER);
        testData.asAdmin(() -> {
            for (Cell target : targets) {
                Cell finalCell = currentCell(posterId[0], target.id());
                Map<Long, String> writes = committed.getOrDefault(target.id(), Map.of());
                if (writes.isEmpty()) {
                    assertThat(finalCell.value()).isEqualTo(target.value());
                    continue;
                }
                long lastRevision = writes.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
                assertThat(finalCell.revision()).isEqualTo(lastRevision);
                assertThat(finalCell.value()).isEqualTo(writes.get(lastRevision));
                // Each committed write got its own revision: none overwrote another unseen.
                assertThat(writes).hasSize((int) (lastRevision - target.revision()));
            }
        });
        System.out.printf("Concurrent editing: %d writers, %d committed writes, %d conflicts refused%n", WRITERS,
                totalCommitted, conflicts.get());
    }

    private Cell currentCell(long posterId, long cellId) {
        var document = posters.load(posterId);
        return document.meetings().stream().flatMap(m -> m.cells().values().stream())
                .filter(c -> c.id() == cellId).findFirst().orElseThrow();
    }
}
