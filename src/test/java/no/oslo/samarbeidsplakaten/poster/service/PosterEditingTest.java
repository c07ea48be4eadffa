package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class PosterEditingTest {

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterStructure structure;

    @Autowired
    TestData testData;

    long mos;
    long bym;

    @BeforeEach
    void cleanSlate() {
        testData.removePosters();
        mos = testData.organisationId("MOS");
        bym = testData.organisationId("BYM");
    }

    @Test
    void newPosterStartsFromTheOsloTemplateWithItsGuidance() {
        PosterDocument poster = posters.load(lifecycle.create(mos, bym));

        assertThat(poster.summary().departmentName()).isEqualTo("Byrådsavdeling for miljø og samferdsel");
        assertThat(poster.summary().agencyName()).isEqualTo("Bymiljøetaten");
        assertThat(poster.summary().status()).isEqualTo(PosterStatus.DRAFT);
        assertThat(poster.template().key()).isEqualTo("oslo-standard");
        assertThat(poster.template().version()).isEqualTo(1);
        assertThat(names(poster.meetings())).containsExactly("Etatsstyringsmøte", "Oppdragsstyringsmøte", "Fagmøte",
                "Kontaktmøte med politisk ledelse");
        Row etatsstyring = poster.meetings().getFirst();
        assertThat(etatsstyring.cell(MeetingField.FREQUENCY).value()).isEqualTo("UP_TO:4:YEAR");
        assertThat(etatsstyring.cell(MeetingField.CHAIR).value()).isEqualTo("kommunaldirektor");
        assertThat(etatsstyring.cell(MeetingField.DOCUMENTATION).value()).isEqualTo("MINUTES");
        assertThat(etatsstyring.cells()).hasSize(MeetingField.values().length);
        assertThat(poster.section(SectionField.PURPOSE).value()).contains("mål- og resultatstyring");
        assertThat(poster.departmentCommitments()).hasSize(4);
        assertThat(poster.agencyCommitments()).hasSize(4);
        assertThat(poster.template().reflectionQuestions()).hasSize(6)
                .allSatisfy(q -> assertThat(poster.reflection(q.key()).value()).isEmpty());
    }

    @Test
    void aPairHasOnePoster() {
        long first = lifecycle.create(mos, bym);
        assertThatThrownBy(() -> lifecycle.create(mos, bym))
                .isInstanceOfSatisfying(PosterExistsException.class,
                        e -> assertThat(e.getExistingPosterId()).isEqualTo(first));
    }

    @Test
    void theAgencyMustBelongToTheDepartment() {
        assertThatThrownBy(() -> lifecycle.create(testData.organisationId("FIN"), bym))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.poster.agencyNotUnderDepartment");
        assertThatThrownBy(() -> lifecycle.create(bym, mos)).isInstanceOf(DomainException.class);
    }

    @Test
    void aSavedCellIsThereOnTheNextLoadWithANewRevision() {
        long id = lifecycle.create(mos, bym);
        var purpose = posters.load(id).section(SectionField.PURPOSE);

        CellWrite write = cellEditing.updateCell(id, purpose.id(), purpose.revision(), "Vårt eget formål: æøå ÆØÅ");

        assertThat(write.revision()).isGreaterThan(purpose.revision());
        var reloaded = posters.load(id);
        assertThat(reloaded.section(SectionField.PURPOSE).value()).isEqualTo("Vårt eget formål: æøå ÆØÅ");
        assertThat(reloaded.section(SectionField.PURPOSE).revision()).isEqualTo(write.revision());
    }

    @Test
    void aWriteFromAStaleRevisionIsRefusedAndShowsWhatIsSaved() {
        long id = lifecycle.create(mos, bym);
        var signals = posters.load(id).section(SectionField.SIGNALS);
        cellEditing.updateCell(id, signals.id(), signals.revision(), "Først lagret");

        assertThatThrownBy(() -> cellEditing.updateCell(id, signals.id(), signals.revision(), "Min tekst"))
                .isInstanceOfSatisfying(CellConflictException.class, conflict -> {
                    assertThat(conflict.getCurrent().value()).isEqualTo("Først lagret");
                    assertThat(conflict.getChangedBy()).isEqualTo("Administrator (Administrator)");
                });
        assertThat(posters.load(id).section(SectionField.SIGNALS).value()).isEqualTo("Først lagret");
    }

    @Test
    void writingTheSavedValueAgainFromAStaleRevisionIsNoConflict() {
        long id = lifecycle.create(mos, bym);
        var signals = posters.load(id).section(SectionField.SIGNALS);
        cellEditing.updateCell(id, signals.id(), signals.revision(), "Samme tekst");

        CellWrite again = cellEditing.updateCell(id, signals.id(), signals.revision(), "Samme tekst");

        assertThat(again.value()).isEqualTo("Samme tekst");
    }

    @Test
    void refusedInputLeavesTheSavedValueAlone() {
        long id = lifecycle.create(mos, bym);
        Row meeting = posters.load(id).meetings().getFirst();
        var name = meeting.cell(MeetingField.NAME);
        var frequency = meeting.cell(MeetingField.FREQUENCY);
        var chair = meeting.cell(MeetingField.CHAIR);
        var purpose = meeting.cell(MeetingField.PURPOSE);

        assertThatThrownBy(() -> cellEditing.updateCell(id, name.id(), name.revision(), "  "))
                .extracting("messageKey").isEqualTo("error.name.empty");
        assertThatThrownBy(() -> cellEditing.updateCell(id, purpose.id(), purpose.revision(), "x".repeat(2001)))
                .extracting("messageKey").isEqualTo("error.text.tooLong");
        assertThatThrownBy(() -> cellEditing.updateCell(id, frequency.id(), frequency.revision(), "UP_TO:0:YEAR"))
                .extracting("messageKey").isEqualTo("error.frequency.count");
        assertThatThrownBy(() -> cellEditing.updateCell(id, chair.id(), chair.revision(), "kommunaldirektor,ordforer"))
                .extracting("messageKey").isEqualTo("error.role.unknown");

        Row after = posters.load(id).meetings().getFirst();
        assertThat(after.cell(MeetingField.NAME).value()).isEqualTo("Etatsstyringsmøte");
        assertThat(after.cell(MeetingField.PURPOSE).value()).isEqualTo(purpose.value());
        assertThat(after.cell(MeetingField.FREQUENCY).value()).isEqualTo("UP_TO:4:YEAR");
        assertThat(after.cell(MeetingField.CHAIR).value()).isEqualTo("kommunaldirektor");
    }

    @Test
    void structuredAttributesAreStoredInTheirCanonicalForm() {
        long id = lifecycle.create(mos, bym);
        Row meeting = posters.load(id).meetings().getFirst();
        var participants = meeting.cell(MeetingField.AGENCY_PARTICIPANTS);

        CellWrite write = cellEditing.updateCell(id, participants.id(), participants.revision(),
                " etatssjef , prosjektleder,etatssjef");

        assertThat(write.value()).isEqualTo("etatssjef,prosjektleder");
    }

    @Test
    void customMeetingsGetEveryAttributeAndCanBeRenamedMovedAndRemoved() {
        long id = lifecycle.create(mos, bym);
        long startmote = structure.addMeeting(id, "Startmøte", Formality.FORMAL);
        Row added = find(posters.load(id).meetings(), startmote);
        assertThat(added.cells().keySet()).hasSize(MeetingField.values().length);
        assertThat(added.cell(MeetingField.FORMALITY).value()).isEqualTo("FORMAL");

        var name = added.cell(MeetingField.NAME);
        cellEditing.updateCell(id, name.id(), name.revision(), "Strategimøte");
        // Formal meetings are listed before the informal ones: moving up passes them by.
        structure.moveRow(id, startmote, -1);
        assertThat(names(posters.load(id).meetings())).containsExactly("Etatsstyringsmøte", "Strategimøte",
                "Oppdragsstyringsmøte", "Fagmøte", "Kontaktmøte med politisk ledelse");

        structure.removeRow(id, startmote);
        assertThat(names(posters.load(id).meetings())).doesNotContain("Strategimøte").hasSize(4);
    }

    @Test
    void aMeetingMovesAmongMeetingsOfItsOwnKind() {
        long id = lifecycle.create(mos, bym);
        var meetings = posters.load(id).meetings();
        long fagmote = meetings.get(2).id();

        structure.moveRow(id, fagmote, -1);
        assertThat(names(posters.load(id).meetings())).as("the first informal meeting cannot move up")
                .containsExactly("Etatsstyringsmøte", "Oppdragsstyringsmøte", "Fagmøte",
                        "Kontaktmøte med politisk ledelse");

        structure.moveRow(id, fagmote, 1);
        assertThat(names(posters.load(id).meetings())).containsExactly("Etatsstyringsmøte", "Oppdragsstyringsmøte",
                "Kontaktmøte med politisk ledelse", "Fagmøte");
    }

    @Test
    void emptyMeetingNamesAndCommitmentsAreRefused() {
        long id = lifecycle.create(mos, bym);
        assertThatThrownBy(() -> structure.addMeeting(id, " ", Formality.INFORMAL)).extracting("messageKey")
                .isEqualTo("error.name.empty");
        assertThatThrownBy(() -> structure.addCommitment(id, RowList.AGENCY_COMMITMENTS, "  "))
                .extracting("messageKey").isEqualTo("error.commitment.empty");
        assertThat(posters.load(id).meetings()).hasSize(4);
        assertThat(posters.load(id).agencyCommitments()).hasSize(4);
    }

    @Test
    void commitmentsAreAddedToTheirSideAndReordered() {
        long id = lifecycle.create(mos, bym);
        long added = structure.addCommitment(id, RowList.DEPARTMENT_COMMITMENTS, "Svare innen to uker.");
        structure.moveRow(id, added, -1);

        var department = posters.load(id).departmentCommitments();
        assertThat(department).hasSize(5);
        assertThat(department.get(3).cell(RowList.COMMITMENT_TEXT).value()).isEqualTo("Svare innen to uker.");
        assertThat(posters.load(id).agencyCommitments()).hasSize(4);
    }

    @Test
    void theOverviewFiltersAndSorts() {
        lifecycle.create(mos, bym);
        lifecycle.create(mos, testData.organisationId("VAV"));
        lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE"));

        List<PosterSummary> byAgency = posters.findSummaries(PosterFilter.NONE,
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "a.name")));
        assertThat(byAgency).extracting(PosterSummary::agencyName)
                .containsExactly("Vann- og avløpsetaten", "Utdanningsetaten", "Bymiljøetaten");

        assertThat(posters.findSummaries(new PosterFilter("MILJØ", null), PageRequest.of(0, 10)))
                .extracting(PosterSummary::agencyName).containsExactly("Bymiljøetaten", "Vann- og avløpsetaten");
        assertThat(posters.findSummaries(new PosterFilter("", PosterStatus.AGREED), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(posters.findSummaries(PosterFilter.NONE, PageRequest.of(1, 2))).hasSize(1);
    }

    @Test
    void anonymousCallersAreRefused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> posters.findSummaries(PosterFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static List<String> names(List<Row> meetings) {
        return meetings.stream().map(m -> m.cell(MeetingField.NAME).value()).toList();
    }

    private static Row find(List<Row> rows, long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
