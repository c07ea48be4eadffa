package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEventRepository;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChangeRepository;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption.Change;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption.Kind;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts.Part;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A pair's draft on template version 1 takes up version 2 part by part: the changes are set beside the pair's own
 * text, only what the pair takes changes, and the agreed version 1 stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class TemplateAdoptionTest {

    private static final String OWN_PURPOSE = "Vårt eget formål, skrevet i verkstedet.";
    private static final String NEW_SIGNALS = "Styringssignaler skrives ned samme dag og sendes virksomheten.";
    private static final String NEW_PURPOSE = "Et nytt formål fra malen.";
    private static final String NEW_COMMITMENT = "Svare på henvendelser innen en uke.";

    @Autowired
    TemplateAdoption adoption;

    @Autowired
    TemplateDrafts drafts;

    @Autowired
    PosterQueries queries;

    @Autowired
    CellEditing cells;

    @Autowired
    VersioningService versioning;

    @Autowired
    PosterChangeRepository trail;

    @Autowired
    TestData testData;

    @Autowired
    AuditEventRepository audit;

    long posterId;

    @BeforeEach
    void agreedPosterAndANewTemplateVersion() {
        testData.resetTemplate();
        posterId = testData.agreedMosBymPoster();
        testData.as("kari", () -> {
            var purpose = queries.load(posterId).section(SectionField.PURPOSE);
            cells.updateCell(posterId, purpose.id(), purpose.revision(), OWN_PURPOSE);
        });
        testData.asAdmin(() -> {
            drafts.change("cells/signals.text", drafts.draft().value("cells/signals.text"), NEW_SIGNALS);
            drafts.change("cells/purpose.text", drafts.draft().value("cells/purpose.text"), NEW_PURPOSE);
            String commitment = drafts.add(Part.COMMITMENT_DEPARTMENT);
            drafts.change(commitment, "", NEW_COMMITMENT);
            String question = drafts.add(Part.QUESTION);
            drafts.change(question + "/nb", "", "Hvem tar opp risiko først?");
            drafts.change(question + "/en", "", "Who raises risk first?");
            drafts.publish("Nye standardtekster.", false);
        });
    }

    @AfterEach
    void shipped() {
        testData.resetTemplate();
    }

    @Test
    void theDraftIsOfferedTheNewVersionWithItsChangeNote() {
        var offer = testData.fetchAs("kari", () -> adoption.offer(posterId)).orElseThrow();
        assertThat(offer.from()).isEqualTo(1);
        assertThat(offer.to()).isEqualTo(2);
        assertThat(offer.changeNote()).isEqualTo("Nye standardtekster.");
    }

    @Test
    void thePreviewSetsEachChangeBesideThePairsOwnTextAndProposesToKeepWhatThePairWrote() {
        var changes = testData.fetchAs("kari", () -> adoption.preview(posterId));

        var signals = change(changes, "cell:signals.text");
        assertThat(signals.kind()).isEqualTo(Kind.REWORDED);
        assertThat(signals.newText()).isEqualTo(NEW_SIGNALS);
        assertThat(signals.pairText()).isEqualTo(signals.oldText());
        assertThat(signals.takenByDefault()).as("the pair kept the template's text").isTrue();

        var purpose = change(changes, "cell:purpose.text");
        assertThat(purpose.pairText()).isEqualTo(OWN_PURPOSE);
        assertThat(purpose.takenByDefault()).as("the pair wrote its own").isFalse();

        assertThat(changes).filteredOn(c -> c.id().startsWith("commitment-add:department"))
                .singleElement().satisfies(c -> assertThat(c.newText()).isEqualTo(NEW_COMMITMENT));
        assertThat(changes).filteredOn(c -> c.id().startsWith("question:")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.ADDED);
                    assertThat(c.choosable()).as("the template's own questions come with the version").isFalse();
                });
    }

    @Test
    void onlyTheTakenChangesAreMadeAndTheAgreedVersionStaysAsItWas() {
        var changes = testData.fetchAs("kari", () -> adoption.preview(posterId));
        String commitment = changes.stream().filter(c -> c.id().startsWith("commitment-add:")).findFirst()
                .orElseThrow().id();

        testData.as("kari", () -> adoption.adopt(posterId, offer(), changes, Set.of("cell:signals.text", commitment)));

        var draft = testData.fetchAs("kari", () -> queries.load(posterId));
        assertThat(draft.template().version()).isEqualTo(2);
        assertThat(draft.section(SectionField.SIGNALS).value()).isEqualTo(NEW_SIGNALS);
        assertThat(draft.section(SectionField.PURPOSE).value()).as("kept").isEqualTo(OWN_PURPOSE);
        assertThat(draft.departmentCommitments()).extracting(r -> r.cell("text").value()).contains(NEW_COMMITMENT);
        var question = draft.template().reflectionQuestions().getLast();
        assertThat(draft.reflection(question.key())).as("the new question has an answer field").isNotNull();
        assertThat(trail.findAll()).extracting(PosterChange::getKind).contains(PosterChange.Kind.TEMPLATE_ADOPTED);
        assertThat(testData.fetchAs("kari", () -> adoption.offer(posterId))).isEmpty();
        assertThat(audit.find(AuditKind.TEMPLATE_ADOPTED, "", PageRequest.of(0, 100)))
                .filteredOn(event -> event.getPosterId() == posterId).singleElement().satisfies(event -> {
                    assertThat(event.getActor()).contains("Kari Nordmann");
                    assertThat(event.getDetail()).isEqualTo("malversjon 1 → 2");
                });

        var agreed = testData.fetchAs("kari", () -> versioning.version(posterId, 1)).document();
        assertThat(agreed.template().version()).isEqualTo(1);
        assertThat(agreed.section(SectionField.SIGNALS).value()).isNotEqualTo(NEW_SIGNALS);
        assertThat(agreed.departmentCommitments()).extracting(r -> r.cell("text").value())
                .doesNotContain(NEW_COMMITMENT);
    }

    @Test
    void aPreviewMadeBeforeThePosterMovedAdoptsNothing() {
        var offer = offer();
        var shown = testData.fetchAs("per", () -> adoption.preview(posterId));
        testData.as("kari", () -> adoption.adopt(posterId, offer, testData.fetchAs("kari",
                () -> adoption.preview(posterId)), Set.of()));

        assertThatThrownBy(() -> testData.as("per",
                () -> adoption.adopt(posterId, offer, shown, Set.of("cell:signals.text"))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("adopt.stale");
        assertThat(testData.fetchAs("kari", () -> queries.load(posterId)).section(SectionField.SIGNALS).value())
                .isNotEqualTo(NEW_SIGNALS);
    }

    @Test
    void aTextThePairChangedAfterThePreviewIsNotReplacedUnseen() {
        var offer = offer();
        var shown = testData.fetchAs("kari", () -> adoption.preview(posterId));
        testData.as("per", () -> {
            var signals = queries.load(posterId).section(SectionField.SIGNALS);
            cells.updateCell(posterId, signals.id(), signals.revision(), "Pers nye tekst om signaler.");
        });

        assertThatThrownBy(() -> testData.as("kari",
                () -> adoption.adopt(posterId, offer, shown, Set.of("cell:signals.text"))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("adopt.stale");
        assertThat(testData.fetchAs("kari", () -> queries.load(posterId)).section(SectionField.SIGNALS).value())
                .isEqualTo("Pers nye tekst om signaler.");
    }

    private TemplateAdoption.Offer offer() {
        return testData.fetchAs("kari", () -> adoption.offer(posterId)).orElseThrow();
    }

    private static Change change(java.util.List<Change> changes, String id) {
        return changes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
