package no.oslo.samarbeidsplakaten.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.template.service.TemplateEvents;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
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
class TemplateEditorViewTest extends SpringBrowserlessTest {

    private static final String GUIDANCE = "sections/meetings/guidance/nb";

    @Autowired
    TestData testData;

    @Autowired
    TemplateDrafts drafts;

    @Autowired
    TemplateService templates;

    @BeforeEach
    void shipped() {
        testData.resetTemplate();
        testData.account("anne", "Anne Admin", "Seniorrådgiver", "BLK", AppRole.ADMIN);
    }

    @AfterEach
    void backToShipped() {
        testData.resetTemplate();
    }

    @Test
    void whatIsTypedIsSavedToTheDraftAndTheStateSaysSo() {
        navigate(TemplateEditorView.class);

        test(guidance()).setValue("Møtene vi holder, med roller.");

        assertThat(drafts.draft().value(GUIDANCE)).isEqualTo("Møtene vi holder, med roller.");
        assertThat(saveState().getText()).isEqualTo("Alle endringer i utkastet er lagret");
        assertThat(templates.current().version()).isEqualTo(1);
    }

    @Test
    void theMonthsATemplateSuggestsArePickedAsOnThePoster() {
        navigate(TemplateEditorView.class);
        @SuppressWarnings("unchecked")
        var months = (com.vaadin.flow.component.checkbox.CheckboxGroup<Integer>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).withLabel("Måneder i året").first();
        assertThat(months.getValue()).containsExactlyInAnyOrder(2, 5, 9, 11);
        test(months).selectItem("mar");
        assertThat(drafts.draft().value("meetings/etatsstyringsmote/cells/months")).isEqualTo("2,3,5,9,11");
        @SuppressWarnings("unchecked")
        var letter = (com.vaadin.flow.component.checkbox.CheckboxGroup<Integer>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class)
                .withLabel("Måneder tildelingsbrevet kommer").single();
        test(letter).selectItem("des");
        assertThat(drafts.draft().value("cells/documents.allocation.months")).isEqualTo("1,12");
    }

    @Test
    void anotherAdministratorsSaveShowsInTheFieldAtOnce() {
        var view = navigate(TemplateEditorView.class);
        String before = guidance().getValue();
        testData.as("anne", () -> drafts.change(GUIDANCE, before, "Annes veiledning."));

        view.onLive(new TemplateEvents.FieldChanged(GUIDANCE, "Annes veiledning.", 2, "Anne Admin"));

        assertThat(guidance().getValue()).isEqualTo("Annes veiledning.");
    }

    @Test
    void typingOverAnotherAdministratorsUnseenSaveAsksAndKeepsTheUsersTextUntilChosen() {
        navigate(TemplateEditorView.class);
        String before = guidance().getValue();
        inTheField(guidance());
        testData.as("anne", () -> drafts.change(GUIDANCE, before, "Annes veiledning."));

        test(guidance()).setValue("Min veiledning.");

        var dialog = $(TemplateConflictDialog.class).single();
        assertThat($(Paragraph.class).from(dialog).withText("Annes veiledning.").exists()).isTrue();
        assertThat($(Paragraph.class).from(dialog).withText("Min veiledning.").exists()).isTrue();
        assertThat(drafts.draft().value(GUIDANCE)).as("nothing overwritten before the choice")
                .isEqualTo("Annes veiledning.");
        assertThat(saveState().getText()).isEqualTo("1 felt er ikke lagret – teksten står i feltet");

        test($(Button.class).from(dialog).withText("Lagre min tekst").single()).click();

        assertThat(drafts.draft().value(GUIDANCE)).isEqualTo("Min veiledning.");
        assertThat(saveState().getText()).isEqualTo("Alle endringer i utkastet er lagret");
    }

    @Test
    void aPeersNewItemRebuildsTheEditorButTheUsersUnsavedTextStaysAndStillAsks() {
        var view = navigate(TemplateEditorView.class);
        String before = guidance().getValue();
        inTheField(guidance());
        testData.as("anne", () -> drafts.change(GUIDANCE, before, "Annes veiledning."));
        test(guidance()).setValue("Min veiledning.");
        assertThat($(TemplateConflictDialog.class).exists()).isTrue();

        testData.as("anne", () -> drafts.add(TemplateDrafts.Part.QUESTION));
        view.onLive(new TemplateEvents.DraftRebuilt(drafts.draft().revision(), "Anne Admin"));

        assertThat($(TemplateConflictDialog.class).exists()).isFalse();
        assertThat(guidance().getValue()).as("the user's text is kept").isEqualTo("Min veiledning.");
        assertThat(guidance().getElement().getAttribute("data-state")).isEqualTo("unsaved");
        assertThat(drafts.draft().value(GUIDANCE)).isEqualTo("Annes veiledning.");
        assertThat(saveState().getText()).isEqualTo("1 felt er ikke lagret – teksten står i feltet");

        test(guidance()).setValue("Min veiledning, igjen.");
        assertThat($(TemplateConflictDialog.class).exists()).as("saving it still meets Anne's text").isTrue();
        assertThat(drafts.draft().value(GUIDANCE)).isEqualTo("Annes veiledning.");
    }

    @Test
    void publishingListsEveryProblemAndIsNotOfferedUntilTheyAreFixed() {
        drafts.change("sections/signals/title/en", "4 Steering signals", "");
        drafts.add(TemplateDrafts.Part.QUESTION);
        navigate(TemplateEditorView.class);

        test($(Button.class).withText("Publiser versjon 2 …").single()).click();

        var dialog = $(PublishDialog.class).single();
        assertThat($(ListItem.class).from(dialog).all()).extracting(ListItem::getText).containsExactlyInAnyOrder(
                "Delen «signals» mangler tittel på bokmål eller engelsk.",
                "Refleksjonsspørsmål 7 mangler tekst på bokmål eller engelsk.");
        assertThat($(Button.class).from(dialog).withText("Publiser versjon 2").exists()).isFalse();
    }

    @Test
    void publishingWithAChangeNoteMakesTheNextVersionAndTheDraftMovesOn() {
        navigate(TemplateEditorView.class);
        test(guidance()).setValue("Møtene vi holder, med roller.");
        test($(Button.class).withText("Publiser versjon 2 …").single()).click();
        var dialog = $(PublishDialog.class).single();
        var publish = $(Button.class).from(dialog).withText("Publiser versjon 2").single();

        test(publish).click();
        assertThat($(TextArea.class).from(dialog).withCaption("Endringsnotat").single().getErrorMessage())
                .isEqualTo("Skriv et endringsnotat: parene skal vite hva som er nytt.");
        assertThat(templates.current().version()).isEqualTo(1);

        test($(TextArea.class).from(dialog).withCaption("Endringsnotat").single()).setValue("Ny veiledning.");
        test(publish).click();

        assertThat(templates.current().version()).isEqualTo(2);
        assertThat(templates.current().section("meetings").orElseThrow().guidance().nb())
                .isEqualTo("Møtene vi holder, med roller.");
        assertThat($(Button.class).withText("Publiser versjon 3 …").exists()).isTrue();
    }

    @Test
    void aMeetingTypesDefaultRolesAreChosenFromTheCatalogueAndStoredAsThePosterStoresThem() {
        navigate(TemplateEditorView.class);
        var chair = $(RolesChoice.class).withAttribute("data-path", "meetings/fagmote/cells/chair").single();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> roles = $(MultiSelectComboBox.class).from(chair).single();

        test(roles).selectItem("Seksjonssjef", "Kommunaldirektør");

        assertThat(drafts.draft().value("meetings/fagmote/cells/chair")).isEqualTo("kommunaldirektor,seksjonssjef");
    }

    /** The user is in the field, typing: another's save must not replace what they type. */
    private static void inTheField(TextArea field) {
        ComponentUtil.fireEvent(field, new FocusNotifier.FocusEvent<>(field, true));
    }

    private TextArea guidance() {
        return $(TextArea.class).withAttribute("data-path", GUIDANCE).single();
    }

    private Span saveState() {
        return $(Span.class).withClassName("save-status").single();
    }
}
