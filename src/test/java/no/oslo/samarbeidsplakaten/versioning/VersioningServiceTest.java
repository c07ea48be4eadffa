package no.oslo.samarbeidsplakaten.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersion;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionParticipant;
import no.oslo.samarbeidsplakaten.versioning.service.ApprovalStatus.State;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowStatus;
import no.oslo.samarbeidsplakaten.base.text.WordDiff.SegmentKind;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class VersioningServiceTest {

    @Autowired
    VersioningService versioning;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterStructure structure;

    @Autowired
    WorkshopService workshops;

    @Autowired
    PosterVersionRepository versionRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData testData;

    long posterId;
    final LocalDate nextYear = LocalDate.now().plusYears(1);

    @BeforeEach
    void poster() {
        testData.removePosters();
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        testData.member("ola", "Ola Utenfor", "Rådgiver", "UDE");
        posterId = as("kari", () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM")));
    }

    @Test
    void eachSideApprovesAndAnyChangeVoidsTheApprovalsVisibly() {
        testData.as("kari", () -> versioning.approve(posterId));
        var status = as("per", () -> versioning.status(posterId));
        assertThat(status.department().state()).isEqualTo(State.APPROVED);
        assertThat(status.department().approverName()).isEqualTo("Kari Nordmann");
        assertThat(status.agency().state()).isEqualTo(State.MISSING);
        assertThat(status.canLock()).isFalse();

        testData.as("per", () -> versioning.approve(posterId));
        assertThat(as("per", () -> versioning.status(posterId)).canLock()).isTrue();

        edit("per", SectionField.SIGNALS, "Endret etter godkjenning");
        var after = as("kari", () -> versioning.status(posterId));
        assertThat(after.department().state()).isEqualTo(State.LAPSED);
        assertThat(after.department().lapsedAt()).isNotNull();
        assertThat(after.agency().state()).isEqualTo(State.LAPSED);
        assertThat(after.canLock()).isFalse();
        assertThatThrownBy(() -> testData.as("kari", () -> versioning.lock(posterId, "", nextYear)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.version.notApproved");
    }

    @Test
    void onlyThePairsOwnSidesApprove() {
        // A member of another agency cannot reach the poster at all; the admin reaches it but has no side.
        assertThatThrownBy(() -> testData.as("ola", () -> versioning.approve(posterId)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as("admin", () -> versioning.approvingSide(posterId))).isEmpty();
        assertThatThrownBy(() -> testData.as("admin", () -> versioning.approve(posterId)))
                .extracting("messageKey").isEqualTo("error.approval.side");
        assertThat(as("per", () -> versioning.approvingSide(posterId))).contains(Side.AGENCY);
    }

    @Test
    void lockingMakesVersionOneWithItsRecordAndEditingGoesOnInANewDraft() {
        testData.as("kari", () -> workshops.open(posterId));
        testData.as("kari", () -> workshops.recordPresence(posterId));
        approveBoth();
        int number = as("per", () -> versioning.lock(posterId, "Første vedtatte versjon", nextYear));
        assertThat(number).isEqualTo(1);

        var version = as("kari", () -> versioning.version(posterId, 1));
        assertThat(version.current()).isTrue();
        assertThat(version.approvers()).containsExactly(
                new VersionApprover("Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT),
                new VersionApprover("Per Hansen", "Etatssjef", Side.AGENCY));
        assertThat(version.participantRoles()).containsExactly(
                new VersionParticipant("Kommunaldirektør", Side.DEPARTMENT));
        assertThat(as("kari", () -> versioning.history(posterId, PageRequest.of(0, 10)))).singleElement()
                .satisfies(line -> assertThat(line.approvers()).isEqualTo(version.approvers()));
        assertThat(version.nextReview()).isEqualTo(nextYear);
        assertThat(version.document().template().version()).isEqualTo(1);
        var summary = as("kari", () -> posters.load(posterId)).summary();
        assertThat(summary.status()).isEqualTo(PosterStatus.AGREED);
        assertThat(summary.agreedVersion()).isEqualTo(1);
        assertThat(summary.nextReview()).isEqualTo(nextYear);
        assertThat(as("kari", () -> versioning.status(posterId)).department().state()).isEqualTo(State.MISSING);

        edit("kari", SectionField.SIGNALS, "Ny praksis for signaler");
        assertThat(as("kari", () -> posters.load(posterId)).summary().status()).isEqualTo(PosterStatus.DRAFT);
        approveBoth();
        assertThat(as("kari", () -> versioning.lock(posterId, "Signaler", nextYear))).isEqualTo(2);
        assertThat(as("kari", () -> versioning.history(posterId, PageRequest.of(0, 10))))
                .extracting(v -> v.number()).containsExactly(2, 1);
        assertThat(as("kari", () -> versioning.version(posterId, 1)).current()).isFalse();
    }

    @Test
    void lockRefusesAPastReviewDateAndAnOverlongSummary() {
        approveBoth();
        assertThatThrownBy(() -> testData.as("kari", () -> versioning.lock(posterId, "", LocalDate.now())))
                .extracting("messageKey").isEqualTo("error.version.review");
        assertThatThrownBy(() -> testData.as("kari", () -> versioning.lock(posterId, "x".repeat(1001), nextYear)))
                .extracting("messageKey").isEqualTo("error.version.summaryTooLong");
        assertThat(as("kari", () -> versioning.history(posterId, PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void aLockedVersionNeverChangesByAnyPath() {
        approveBoth();
        testData.as("kari", () -> versioning.lock(posterId, "Låst", nextYear));
        PosterVersion stored = versionRepository.findByPosterIdAndNumber(posterId, 1).orElseThrow();
        String content = stored.getContent();

        // The draft moves on; the version does not.
        edit("kari", SectionField.PURPOSE, "Nytt formål i utkastet");
        assertThat(versionRepository.findByPosterIdAndNumber(posterId, 1).orElseThrow().getContent())
                .isEqualTo(content);

        // The repository: an altered copy is not written back. Hibernate ignores the version's own fields; if it tries to
        // replace the approvers and participants, the database refuses.
        var altered = new PosterVersion(posterId, 1, stored.getLockedAt(), "Noen andre", "Forfalsket",
                stored.getTemplateKey(), stored.getTemplateVersion(), stored.getNextReview(), List.of(), List.of(),
                "{}", "x");
        org.springframework.test.util.ReflectionTestUtils.setField(altered, "id", stored.getId());
        try {
            versionRepository.saveAndFlush(altered);
        } catch (DataIntegrityViolationException refusedByTheDatabase) {
            // Either way, what counts is what is stored afterwards.
        }
        var reread = versionRepository.findByPosterIdAndNumber(posterId, 1).orElseThrow();
        assertThat(reread.getChangeSummary()).isEqualTo("Låst");
        assertThat(jdbc.queryForObject("select count(*) from version_approver where version_id = ?", Integer.class,
                stored.getId())).isEqualTo(2);

        // Plain SQL: the database refuses.
        assertThatThrownBy(() -> jdbc.update("update poster_version set change_summary = 'x' where id = ?",
                stored.getId())).hasMessageContaining("cannot be changed");
        assertThat(jdbc.queryForObject("select content from poster_version where id = ?", String.class,
                stored.getId())).isEqualTo(content);
        assertThatThrownBy(() -> jdbc.update("delete from version_approver where version_id = ?", stored.getId()))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("update version_approver set name = 'Noen andre' where version_id = ?",
                stored.getId())).hasMessageContaining("cannot be changed");
    }

    @Test
    void restoringMakesANewDraftAndLeavesHistoryAlone() {
        String original = as("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS).value();
        approveBoth();
        testData.as("kari", () -> versioning.lock(posterId, "v1", nextYear));
        edit("kari", SectionField.SIGNALS, "Endret i v2");
        testData.as("kari", () -> structure.addMeeting(posterId, "Strategimøte",
                no.oslo.samarbeidsplakaten.poster.domain.Formality.FORMAL));
        approveBoth();
        testData.as("kari", () -> versioning.lock(posterId, "v2", nextYear));

        testData.as("per", () -> versioning.restore(posterId, 1));

        var draft = as("kari", () -> posters.load(posterId));
        assertThat(draft.summary().status()).isEqualTo(PosterStatus.DRAFT);
        assertThat(draft.section(SectionField.SIGNALS).value()).isEqualTo(original);
        assertThat(draft.meetings()).hasSize(4);
        assertThat(as("kari", () -> posters.content(posterId)).hash())
                .isEqualTo(versionRepository.findByPosterIdAndNumber(posterId, 1).orElseThrow().getContentHash());
        assertThat(as("kari", () -> versioning.history(posterId, PageRequest.of(0, 10)))).hasSize(2);
        assertThat(as("kari", () -> versioning.compare(posterId, 1, null, (k, v) -> v)).changedCount()).isZero();
    }

    @Test
    void comparingShowsExactlyTheChangedCellsWordByWord() {
        approveBoth();
        testData.as("kari", () -> versioning.lock(posterId, "v1", nextYear));
        var draft = as("kari", () -> posters.load(posterId));
        var signals = draft.section(SectionField.SIGNALS);
        testData.as("kari", () -> cellEditing.updateCell(posterId, signals.id(), signals.revision(),
                signals.value().replace("skal skriftliggjøres", "må skrives ned")));
        var fagmote = draft.meetings().get(2);
        var name = fagmote.cell(MeetingField.NAME);
        testData.as("kari", () -> cellEditing.updateCell(posterId, name.id(), name.revision(), "Faglig dialogmøte"));
        var kontaktmote = draft.meetings().get(3);
        testData.as("kari", () -> structure.removeRow(posterId, kontaktmote.id()));
        approveBoth();
        testData.as("kari", () -> versioning.lock(posterId, "v2", nextYear));

        var comparison = as("kari", () -> versioning.compare(posterId, 1, 2, (k, v) -> v));

        assertThat(comparison.sections()).filteredOn(f -> f.changed()).extracting(f -> f.fieldKey())
                .containsExactly("signals.text");
        var signalDiff = comparison.sections().stream().filter(f -> f.changed()).findFirst().orElseThrow();
        assertThat(signalDiff.segments()).filteredOn(s -> s.kind() == SegmentKind.DELETED)
                .extracting(s -> s.text()).containsExactly("skal skriftliggjøres");
        assertThat(signalDiff.segments()).filteredOn(s -> s.kind() == SegmentKind.INSERTED)
                .extracting(s -> s.text()).containsExactly("må skrives ned");
        assertThat(comparison.meetings()).extracting(m -> m.status()).containsExactly(RowStatus.UNCHANGED,
                RowStatus.UNCHANGED, RowStatus.CHANGED, RowStatus.REMOVED);
        var renamed = comparison.meetings().get(2);
        assertThat(renamed.oldName()).isEqualTo("Fagmøte");
        assertThat(renamed.fields()).filteredOn(f -> f.changed()).extracting(f -> f.fieldKey())
                .containsExactly("name");
        assertThat(comparison.changedCount()).isEqualTo(3);
    }

    private void approveBoth() {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
    }

    private void edit(String user, SectionField field, String value) {
        testData.as(user, () -> {
            var cell = posters.load(posterId).section(field);
            cellEditing.updateCell(posterId, cell.id(), cell.revision(), value);
        });
    }

    private <T> T as(String user, Supplier<T> action) {
        @SuppressWarnings("unchecked")
        T[] result = (T[]) new Object[1];
        testData.as(user, () -> result[0] = action.get());
        return result[0];
    }

}
