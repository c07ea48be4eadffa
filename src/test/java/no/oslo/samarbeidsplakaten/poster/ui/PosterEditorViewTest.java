package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class PosterEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posterService;

    @Autowired

    PosterStructure structureService;

    @Autowired
    LiveBroadcaster broadcaster;

    long posterId;

    @BeforeEach
    void poster() {
        testData.removePosters();
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
    }

    private PosterEditorView openEditor() {
        return navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
    }

    @Test
    void anEditIsSavedAtOnceAndTheStatusSaysSo() {
        openEditor();
        var signals = $(TextArea.class).withLabel("Slik skriftliggjør og forankrer vi styringssignaler").single();
        test(signals).setValue("Alle signaler skrives i referat innen en uke.");

        assertThat(posterService.load(posterId).section(SectionField.SIGNALS).value())
                .isEqualTo("Alle signaler skrives i referat innen en uke.");
        assertThat($(Span.class).withClassName("save-status").single().getText())
                .startsWith("Alle endringer er lagret");
    }

    @Test
    void refusedTextIsMarkedWithTheReasonAndTheSavedTextStays() {
        openEditor();
        String saved = posterService.load(posterId).section(SectionField.PURPOSE).value();
        var purpose = $(TextArea.class).withLabel("Formål med styringsdialogen").single();
        test(purpose).setValue("x".repeat(2500));

        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).isEqualTo(
                "Ikke lagret – Teksten er for lang: 2\u00a0500 tegn, høyst 2\u00a0000 er tillatt. Den er ikke lagret; forkort den.");
        assertThat(purpose.getValue()).hasSize(2500);
        assertThat($(Span.class).withClassName("save-status").single().getText()).startsWith("Ikke lagret:");
        assertThat(posterService.load(posterId).section(SectionField.PURPOSE).value()).isEqualTo(saved);

        test(purpose).setValue("Kortere.");
        assertThat(purpose.isInvalid()).isFalse();
        assertThat(posterService.load(posterId).section(SectionField.PURPOSE).value()).isEqualTo("Kortere.");
    }

    @Test
    void anEmptyMeetingNameIsRefused() {
        openEditor();
        var name = $(TextField.class).withValue("Fagmøte").single();
        test(name).setValue("");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Ikke lagret – Møtet må ha et navn.");
        assertThat(posterService.load(posterId).meetings().get(2).cell(MeetingField.NAME).value())
                .isEqualTo("Fagmøte");
    }

    @Test
    void structuredAttributesSaveTheirValues() {
        openEditor();
        assertThat($(Span.class).withClassName("meeting-summary").first().getText())
                .isEqualTo("Formelt møte · Inntil 4 per år · feb, mai, sep, nov · Leder: Kommunaldirektør · Referat · "
                        + "Offentlig");
        assertThat($(MultiSelectComboBox.class).exists()).as("closed meetings hold no editors").isFalse();
        test($(Button.class).withAriaLabel("Vis alle egenskaper for «Etatsstyringsmøte»").single()).click();
        var chair = $(MultiSelectComboBox.class).withLabel("Leder møtet").first();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> chairField = chair;
        test(chairField).selectItem("Kommunaldirektør", "Seksjonssjef");
        @SuppressWarnings("unchecked")
        Select<String> publicity = $(Select.class).withLabel("Offentlighet").first();
        test(publicity).selectItem("Vurderes konkret");

        var meeting = posterService.load(posterId).meetings().getFirst();
        assertThat(meeting.cell(MeetingField.CHAIR).value()).isEqualTo("kommunaldirektor,seksjonssjef");
        assertThat(meeting.cell(MeetingField.PUBLICITY).value()).isEqualTo("ASSESSED");
        assertThat(chairField.getValue()).isEqualTo(Set.of("kommunaldirektor", "seksjonssjef"));
    }

    @Test
    void aMeetingCanBeAddedWithItsOwnName() {
        openEditor();
        test($(Button.class).withText("Legg til møte").single()).click();
        test($(TextField.class).withLabel("Navn på møtet (det vi kaller det)").withPlaceholder(
                "For eksempel strategimøte").single()).setValue("Strategiseminar");
        test($(Button.class).withText("Legg til").withTheme("primary").single()).click();

        assertThat($(TextField.class).withValue("Strategiseminar").exists()).isTrue();
        assertThat(posterService.load(posterId).meetings()).hasSize(5);
    }

    @Test
    void theReadOnlyViewShowsTypedMarkupAsText() {
        var purpose = posterService.load(posterId).section(SectionField.PURPOSE);
        cellEditing.updateCell(posterId, purpose.id(), purpose.revision(), "<img src=x onerror=alert(1)>");

        navigate(PosterReadView.class, Map.of("posterId", String.valueOf(posterId)));

        assertThat($(Div.class).withClassName("text-block").first().getText())
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat($(NativeTableHeaderCell.class).all()).extracting(NativeTableHeaderCell::getText)
                .contains("Etatsstyringsmøte", "Kontaktmøte med politisk ledelse", "Hyppighet");
        assertThat($(TextArea.class).exists()).isFalse();
    }

    @Test
    void anUnknownPosterShowsNotFound() {
        navigate("plakat/999999", com.vaadin.flow.component.Component.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Fant ikke siden");
    }

    @Test
    void anAddressWithANumberNoPosterOrVersionCanHaveShowsNotFound() {
        for (String address : List.of("plakat/99999999999999999999", "plakat/99999999999999999999/visning",
                "plakat/99999999999999999999/historikk", "plakat/99999999999999999999/presentasjon",
                "plakat/99999999999999999999/endringer", "plakat/99999999999999999999/sammenlign",
                "plakat/" + posterId + "/versjon/99999999999999999999")) {
            navigate(address, com.vaadin.flow.component.Component.class);
            assertThat($(com.vaadin.flow.component.html.H1.class).all()).as(address)
                    .extracting(com.vaadin.flow.component.html.H1::getText).containsExactly("Fant ikke siden");
        }
    }

    @Test
    void commitmentFieldsStayInPlaceWhenOthersAreAddedMovedOrRemoved() {
        var editor = openEditor();
        test($(TextField.class).withLabel("Nytt punkt").first()).setValue("Vi svarer innen to uker");
        test($(Button.class).withText("Legg til").first()).click();
        test($(TextField.class).withLabel("Nytt punkt").first()).setValue("Vi deler risikovurderinger");
        test($(Button.class).withText("Legg til").first()).click();
        int before = posterService.load(posterId).departmentCommitments().size();
        var department = $(TextArea.class).withClassName("commitment-text").all().subList(0, before);
        TextArea last = department.get(before - 1);
        assertThat(last.getValue()).isEqualTo("Vi deler risikovurderinger");

        // A peer adds a commitment to the same side and moves the first one down.
        long peerRow = testData.fetchAs("kari", () -> structureService.addCommitment(posterId,
                RowList.DEPARTMENT_COMMITMENTS, "Lagt til av en annen"));
        editor.onLive(structure(RowList.DEPARTMENT_COMMITMENTS));
        long firstRow = posterService.load(posterId).departmentCommitments().getFirst().id();
        testData.as("kari", () -> structureService.moveRow(posterId, firstRow, 1));
        editor.onLive(structure(RowList.DEPARTMENT_COMMITMENTS));
        // And this user removes the peer's commitment.
        test($(Button.class).withAriaLabel("Fjern punkt " + (before + 1)).first()).click();

        var after = $(TextArea.class).withClassName("commitment-text").all();
        assertThat(after).as("the same field, not a rebuilt one").contains(last);
        assertThat(last.isAttached()).isTrue();
        assertThat(last.getValue()).isEqualTo("Vi deler risikovurderinger");
        assertThat(posterService.load(posterId).departmentCommitments()).extracting(r -> r.id())
                .doesNotContain(peerRow).hasSize(before);
        // The moved field still saves.
        test(last).setValue("Vi deler risikovurderinger hvert tertial");
        assertThat(posterService.load(posterId).departmentCommitments().stream()
                .map(r -> r.cell(RowList.COMMITMENT_TEXT).value())).contains("Vi deler risikovurderinger hvert tertial");
    }

    /** The list as it is now, as the news of a change brings it. */
    private PosterEvents.StructureChanged structure(RowList list) {
        var poster = posterService.load(posterId);
        return new PosterEvents.StructureChanged(posterId, list, poster.rows(list), poster.structureVersion(),
                java.time.Instant.now(), "Kari Nordmann");
    }

    @Test
    void olderNewsOfTheRowsChangesNothingOnceTheSheetShowsNewerOnes() {
        var editor = openEditor();
        test($(TextField.class).withLabel("Nytt punkt").first()).setValue("Vi svarer innen to uker");
        test($(Button.class).withText("Legg til").first()).click();
        var older = structure(RowList.DEPARTMENT_COMMITMENTS);
        test($(TextField.class).withLabel("Nytt punkt").first()).setValue("Vi deler risikovurderinger");
        test($(Button.class).withText("Legg til").first()).click();
        int count = posterService.load(posterId).departmentCommitments().size();
        TextArea newest = $(TextArea.class).withClassName("commitment-text").all().get(count - 1);
        assertThat(newest.getValue()).isEqualTo("Vi deler risikovurderinger");

        // The news of the first addition comes only now, as it can when the user adds two quickly.
        editor.onLive(older);

        assertThat(newest.isAttached()).as("the newest field, not removed and rebuilt").isTrue();
        assertThat($(TextArea.class).withClassName("commitment-text").all()).contains(newest)
                .filteredOn(area -> "Vi deler risikovurderinger".equals(area.getValue())).hasSize(1);
    }

    @Test
    void aPeersChangeNeverReplacesUnsavedTextTheUserIsAskedInstead() {
        var editor = openEditor();
        var purpose = $(TextArea.class).withLabel("Formål med styringsdialogen").single();
        var cell = posterService.load(posterId).section(SectionField.PURPOSE);
        test(purpose).setValue("x".repeat(2500));
        assertThat(purpose.isInvalid()).isTrue();

        var peer = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cell.id(), cell.revision(),
                "Kari sin tekst"));
        editor.onLive(new PosterEvents.CellChanged(posterId, cell.id(), null, cell.fieldKey(), peer.value(),
                peer.revision(), "Kari Nordmann (Kommunaldirektør)", java.time.Instant.now()));

        assertThat(purpose.getValue()).as("the unsaved text stays").hasSize(2500);
        var dialog = $(ConflictDialog.class).single();
        assertThat($(TextArea.class).withClassName("conflict-theirs").single().getValue()).isEqualTo("Kari sin tekst");
        assertThat($(TextArea.class).withClassName("conflict-theirs").single().getLabel())
                .startsWith("Lagret av Kari Nordmann (Kommunaldirektør) kl. ");

        // Esc: nothing chosen, nothing replaced, and the status says so.
        dialog.close();
        assertThat(purpose.getValue()).hasSize(2500);
        assertThat($(Span.class).withClassName("save-status").single().getText()).startsWith("Ikke lagret: 1 felt");
        assertThat(posterService.load(posterId).section(SectionField.PURPOSE).value()).isEqualTo("Kari sin tekst");

        // A shorter text asks again; taking theirs marks the field saved at their revision, so the next edit saves.
        test(purpose).setValue("Min kortere tekst");
        assertThat($(TextArea.class).withClassName("conflict-mine").single().getValue()).isEqualTo("Min kortere tekst");
        test($(Button.class).withText("Bruk deres tekst").single()).click();
        assertThat(purpose.getValue()).isEqualTo("Kari sin tekst");
        assertThat($(Span.class).withClassName("save-status").single().getText()).startsWith("Alle endringer er lagret");
        test(purpose).setValue("Kari sin tekst, og min tilføyelse");
        assertThat($(ConflictDialog.class).exists()).isFalse();
        assertThat(posterService.load(posterId).section(SectionField.PURPOSE).value())
                .isEqualTo("Kari sin tekst, og min tilføyelse");
    }

    @Test
    void theStatusNeverSaysSavedWhileAnyFieldHoldsUnsavedText() {
        openEditor();
        test($(TextArea.class).withLabel("Formål med styringsdialogen").single()).setValue("x".repeat(2500));
        test($(TextArea.class).withLabel("Slik skriftliggjør og forankrer vi styringssignaler").single())
                .setValue("Lagret i et annet felt");
        assertThat($(Span.class).withClassName("save-status").single().getText()).startsWith("Ikke lagret: 1 felt");
        assertThat($(Button.class).withText("Prøv å lagre igjen").single().isVisible()).isTrue();
    }

    @Test
    void goingToAnotherPosterFollowsThatPostersWorkshop() {
        long other = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("VAV"));
        openEditor();
        assertThat(broadcaster.subscriberCount(posterId)).isEqualTo(1);
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(other)));
        assertThat(broadcaster.subscriberCount(posterId)).isZero();
        assertThat(broadcaster.subscriberCount(other)).isEqualTo(1);
    }

    @Test
    void takingTheirTextAfterFurtherChangesShowsTheLatestCommittedText() {
        var editor = openEditor();
        var purpose = $(TextArea.class).withLabel("Formål med styringsdialogen").single();
        var cell = posterService.load(posterId).section(SectionField.PURPOSE);
        var first = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cell.id(), cell.revision(),
                "Kari, første"));
        test(purpose).setValue("Min tekst");
        assertThat($(ConflictDialog.class).exists()).isTrue();

        // While the user chooses, Kari saves again, and the user types on in the field.
        var second = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cell.id(), first.revision(),
                "Kari, andre"));
        editor.onLive(new PosterEvents.CellChanged(posterId, cell.id(), null, cell.fieldKey(), second.value(),
                second.revision(), "Kari Nordmann (Kommunaldirektør)", java.time.Instant.now()));
        test(purpose).setValue("Min tekst, litt lengre");
        assertThat($(TextArea.class).withClassName("conflict-mine").single().getValue())
                .isEqualTo("Min tekst, litt lengre");

        test($(Button.class).withText("Bruk deres tekst").single()).click();
        assertThat(purpose.getValue()).isEqualTo("Kari, andre");
        test(purpose).setValue("Kari, andre – og mitt tillegg");
        assertThat($(ConflictDialog.class).exists()).isFalse();
        assertThat(posterService.load(posterId).section(SectionField.PURPOSE).value())
                .isEqualTo("Kari, andre – og mitt tillegg");
    }
}
