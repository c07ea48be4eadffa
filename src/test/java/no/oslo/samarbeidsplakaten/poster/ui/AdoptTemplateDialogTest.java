package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.LiveSettle;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class AdoptTemplateDialogTest extends SpringBrowserlessTest {

    private static final String NEW_SIGNALS = "Styringssignaler skrives ned samme dag.";
    private static final String NEW_PRINCIPLES = "Tillit begge veier.";

    @Autowired
    TestData testData;

    @Autowired
    TemplateDrafts drafts;

    @Autowired
    PosterQueries queries;

    @Autowired
    LiveBroadcaster broadcaster;

    long posterId;

    @BeforeEach
    void aDraftOnVersionOneAndAPublishedVersionTwo() {
        testData.resetTemplate();
        posterId = testData.freshMosBymPoster();
        drafts.change("cells/signals.text", drafts.draft().value("cells/signals.text"), NEW_SIGNALS);
        drafts.change("cells/purpose.principles", drafts.draft().value("cells/purpose.principles"), NEW_PRINCIPLES);
        drafts.publish("Kortere standardtekster.", false);
    }

    @AfterEach
    void shipped() {
        // The adoption's live event reloads the editor: let it arrive while the poster still exists.
        LiveSettle.settle(broadcaster, () -> roundTrip());
        navigate(OverviewView.class);
        testData.resetTemplate();
    }

    @Test
    void theEditorOffersTheNewVersionAndThePairChoosesPerChangeBeforeConfirming() {
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        var bar = $(Div.class).withClassName("template-offer").single();
        assertThat($(Span.class).from(bar).single().getText())
                .isEqualTo("Ny mal tilgjengelig: versjon 2. Plakaten følger versjon 1.");

        test($(Button.class).withText("Se hva som er nytt i versjon 2").single()).click();
        var dialog = $(AdoptTemplateDialog.class).single();
        var signals = choice(dialog, "cell:signals.text");
        var principles = choice(dialog, "cell:purpose.principles");
        assertThat(signals.getValue()).as("the pair had the template's text").isTrue();
        test(principles).selectItem("Behold vår tekst");

        test($(Button.class).from(dialog).withText("Ta i bruk versjon 2 …").single()).click();
        assertThat(queries.load(posterId).template().version()).as("nothing before the confirmation").isEqualTo(1);
        test($(ConfirmDialog.class).single()).confirm();

        var poster = queries.load(posterId);
        assertThat(poster.template().version()).isEqualTo(2);
        assertThat(poster.section(SectionField.SIGNALS).value()).isEqualTo(NEW_SIGNALS);
        assertThat(poster.section(SectionField.PRINCIPLES).value()).isNotEqualTo(NEW_PRINCIPLES);
        assertThat(dialog.isOpened()).isFalse();
        LiveSettle.settle(broadcaster, () -> roundTrip());
        assertThat($(Div.class).withClassName("template-offer").exists()).as("the offer is gone once taken")
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Boolean> choice(AdoptTemplateDialog dialog, String changeId) {
        var box = $(Div.class).from(dialog).withAttribute("data-change", changeId).single();
        return $(RadioButtonGroup.class).from(box).single();
    }
}
