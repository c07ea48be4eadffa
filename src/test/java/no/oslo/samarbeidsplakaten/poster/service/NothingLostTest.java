package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write path of a cell and what travels with it: a conflict always shows the other writer's committed text, who
 * wrote it and when; agreed versions cannot be deleted; the audit log tells only what committed; live events carry
 * the new state.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class NothingLostTest {

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterStructure structure;

    @Autowired
    VersioningService versioning;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    long posterId;
    long cellId;

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
        cellId = testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS).id();
    }

    @Test
    void twoWritersAtTheSameMomentOneWinsAndTheOtherSeesTheWinnersCommittedText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                long revision = testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS)
                        .revision();
                var start = new CyclicBarrier(2);
                String kari = "Kari skrev dette i runde " + round;
                String per = "Per skrev dette i runde " + round;
                Future<Object> byKari = pool.submit(() -> write("kari", revision, kari, start));
                Future<Object> byPer = pool.submit(() -> write("per", revision, per, start));
                Object kariResult = byKari.get();
                Object perResult = byPer.get();

                var committed = testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS);
                assertThat(committed.revision()).as("round %d: exactly one write commits", round)
                        .isEqualTo(revision + 1);
                Object winner = committed.value().equals(kari) ? kariResult : perResult;
                Object loser = winner == kariResult ? perResult : kariResult;
                assertThat(winner).isInstanceOf(CellWrite.class);
                assertThat(((CellWrite) winner).revision()).isEqualTo(committed.revision());
                assertThat(loser).as("round %d: the loser is told, never silently overwritten", round)
                        .isInstanceOf(CellConflictException.class);
                var conflict = (CellConflictException) loser;
                assertThat(conflict.getCurrent().value()).as("round %d: the dialog shows the other's text", round)
                        .isEqualTo(committed.value());
                assertThat(conflict.getCurrent().revision()).isEqualTo(committed.revision());
                assertThat(conflict.getChangedBy()).isEqualTo(committed.value().equals(kari)
                        ? "Kari Nordmann (Kommunaldirektør)" : "Per Hansen (Etatssjef)");
                assertThat(conflict.getChangedAt()).isNotNull();

                // "Keep mine" writes against the revision the dialog showed, and goes through.
                String loserName = committed.value().equals(kari) ? "per" : "kari";
                var merged = testData.fetchAs(loserName, () -> cellEditing.updateCell(posterId, cellId,
                        conflict.getCurrent().revision(), "Flettet"));
                assertThat(merged.revision()).isEqualTo(committed.revision() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Object write(String user, long revision, String text, CyclicBarrier start) throws Exception {
        start.await();
        try {
            return testData.fetchAs(user, () -> cellEditing.updateCell(posterId, cellId, revision, text));
        } catch (CellConflictException conflict) {
            return conflict;
        }
    }

    @Test
    void agreedVersionsCannotBeDeletedNorDisappearWithTheirPoster() {
        lockVersionOne();
        assertThatThrownBy(() -> jdbc.update("delete from poster_version where poster_id = ?", posterId))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from poster where id = ?", posterId))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select count(*) from poster_version where poster_id = ?", Integer.class,
                posterId)).isEqualTo(1);
    }

    @Test
    void aLockThatRollsBackLeavesNoLineInTheAuditLog() {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("per", () -> transactions.executeWithoutResult(tx -> {
            versioning.lock(posterId, "Rulles tilbake", LocalDate.now().plusYears(1));
            tx.setRollbackOnly();
        }));
        assertThat(jdbc.queryForObject("select count(*) from poster_version where poster_id = ?", Integer.class,
                posterId)).isZero();
        assertThat(auditLines(AuditKind.LOCKED)).isZero();

        testData.as("per", () -> versioning.lock(posterId, "Står", LocalDate.now().plusYears(1)));
        assertThat(auditLines(AuditKind.LOCKED)).isEqualTo(1);
    }

    private long auditLines(AuditKind kind) {
        return testData.fetchAs("admin", () -> audit.find(kind, "", PageRequest.of(0, 50))).stream()
                .filter(e -> Long.valueOf(posterId).equals(e.getPosterId())).count();
    }

    @Test
    void aCellChangeCarriesItsValueRevisionAuthorAndTime() {
        var write = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cellId, 0, "Nytt signal"));
        var change = events.stream(PosterEvents.CellChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(change.value()).isEqualTo("Nytt signal");
        assertThat(change.revision()).isEqualTo(write.revision());
        assertThat(change.author()).isEqualTo("Kari Nordmann (Kommunaldirektør)");
        assertThat(change.changedAt()).isNotNull();
    }

    @Test
    void aStructureChangeCarriesTheListAsItNowIs() {
        long rowId = testData.fetchAs("per", () -> structure.addCommitment(posterId, RowList.AGENCY_COMMITMENTS,
                "Vi melder fra tidlig"));
        var change = events.stream(PosterEvents.StructureChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(change.list()).isEqualTo(RowList.AGENCY_COMMITMENTS);
        var added = change.rows().stream().filter(r -> r.id() == rowId).findFirst().orElseThrow();
        assertThat(added.cell(RowList.COMMITMENT_TEXT).value()).isEqualTo("Vi melder fra tidlig");
        assertThat(change.rows()).extracting(PosterDocument.Row::id).containsExactlyElementsOf(
                testData.fetchAs("per", () -> posters.load(posterId)).agencyCommitments().stream()
                        .map(PosterDocument.Row::id).toList());
    }

    @Test
    void aRestorePublishesOneEvent() {
        lockVersionOne();
        testData.as("kari", () -> cellEditing.updateCell(posterId, cellId, currentRevision(), "Etter versjon 1"));
        events.clear();
        testData.as("kari", () -> versioning.restore(posterId, 1));
        List<LiveEvent> posterEvents = new ArrayList<>();
        events.stream(LiveEvent.class).filter(e -> e.posterId() == posterId).forEach(posterEvents::add);
        assertThat(posterEvents).hasSize(1).first().isInstanceOf(PosterEvents.ContentReplaced.class);
    }

    private long currentRevision() {
        return testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS).revision();
    }

    private void lockVersionOne() {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.lock(posterId, "Versjon 1", LocalDate.now().plusYears(1)));
    }
}
