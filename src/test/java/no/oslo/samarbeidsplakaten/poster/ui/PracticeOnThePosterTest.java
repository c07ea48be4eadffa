package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The template's common rules on the poster: a deviation shows as it happens, also a peer's, with a reason field that
 * saves itself and stays; a meeting name the mayor's office marked as a synonym gets the standard term suggested.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class PracticeOnThePosterTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries posters;

    @Autowired
    PosterStructure structure;

    @Autowired
    CellEditing cellEditing;

    @Autowired
    CommonTerms terms;

    long posterId;

    @BeforeEach
    void poster() {
        testData.removePosters();
        terms.synonyms().keySet().forEach(terms::unmark);
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
    }

    @Test
    void aPeersChangeThatDeviatesShowsAtOnceAndTheReasonIsSavedAndStays() {
        var editor = navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        var rule = rule("etatsstyring-hyppighet");
        assertThat(rule.getElement().getAttribute("data-deviates")).isEqualTo("false");
        assertThat(text(rule)).contains("Plakaten følger regelen.");

        var meeting = posters.load(posterId).meetings().getFirst();
        var cell = meeting.cell(MeetingField.FREQUENCY);
        var peer = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cell.id(), cell.revision(),
                "EXACTLY:1:MONTH"));
        editor.onLive(new PosterEvents.CellChanged(posterId, cell.id(), meeting.id(), cell.fieldKey(), peer.value(),
                peer.revision(), "Kari Nordmann (Kommunaldirektør)", Instant.now()));

        assertThat(rule.getElement().getAttribute("data-deviates")).isEqualTo("true");
        assertThat(text(rule)).contains("Avvik fra regelen:", "Etatsstyringsmøte – Hyppighet: 1 per måned");
        var reason = $(TextArea.class, rule).withLabel("Begrunnelse for avvik").single();
        test(reason).setValue("Omstilling: tettere oppfølging i ett år.");
        assertThat(posters.load(posterId).sectionCells().get(SectionField.reasonKey("etatsstyring-hyppighet"))
                .value()).isEqualTo("Omstilling: tettere oppfølging i ett år.");

        // The peer goes back to the rule: the standing changes, the reason field the user typed in stays.
        var back = testData.fetchAs("kari", () -> cellEditing.updateCell(posterId, cell.id(), peer.revision(),
                "UP_TO:4:YEAR"));
        editor.onLive(new PosterEvents.CellChanged(posterId, cell.id(), meeting.id(), cell.fieldKey(), back.value(),
                back.revision(), "Kari Nordmann (Kommunaldirektør)", Instant.now()));
        assertThat(rule.getElement().getAttribute("data-deviates")).isEqualTo("false");
        assertThat(reason.isAttached()).isTrue();
        assertThat(reason.getValue()).isEqualTo("Omstilling: tettere oppfølging i ett år.");
    }

    @Test
    void aMarkedSynonymGetsTheStandardTermSuggestedAndTakenOnlyWhenChosen() {
        structure.addMeeting(posterId, "Styringsmøte", Formality.FORMAL);
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        assertThat($(Div.class).withClassName("term-suggestion").all()).noneMatch(Div::isVisible);

        terms.mark("Styringsmøte", "etatsstyringsmote", "Byrådslederens kontor");
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        var hint = $(Div.class).withClassName("term-suggestion").all().stream().filter(Div::isVisible)
                .findFirst().orElseThrow();
        assertThat(text(hint)).contains("«Styringsmøte» kalles «Etatsstyringsmøte» i felles begrepsbruk.");
        long added = posters.load(posterId).meetings().getLast().id();
        assertThat(posters.load(posterId).meetings().getLast().cell(MeetingField.NAME).value())
                .as("only a suggestion").isEqualTo("Styringsmøte");

        test($(Button.class, hint).withText("Bruk «Etatsstyringsmøte»").single()).click();
        assertThat(posters.load(posterId).meetings().stream().filter(m -> m.id() == added).findFirst().orElseThrow()
                .cell(MeetingField.NAME).value()).isEqualTo("Etatsstyringsmøte");
        assertThat(hint.isVisible()).isFalse();
        assertThat($(TextField.class).withValue("Etatsstyringsmøte").all()).hasSize(2);
    }

    private Div rule(String key) {
        var sheet = $(Div.class).withClassName("practice-rules").single();
        int index = posters.load(posterId).template().rules().stream().map(r -> r.key()).toList().indexOf(key);
        return $(Div.class, sheet).withClassName("practice-rule").all().get(index);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        var texts = new StringBuilder();
        component.getElement().getTextRecursively();
        component.getChildren().forEach(child -> texts.append(child.getElement().getTextRecursively()).append('\n'));
        return texts.toString();
    }
}
