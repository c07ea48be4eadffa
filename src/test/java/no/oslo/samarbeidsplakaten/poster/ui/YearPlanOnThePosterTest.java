package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The poster as the year's plan: months in the editor, the wheel and its table, the review flags and banner. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class YearPlanOnThePosterTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    no.oslo.samarbeidsplakaten.poster.service.PosterStructure structure;

    @Autowired
    no.oslo.samarbeidsplakaten.poster.service.CellEditing cellEditing;

    long posterId;

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
    }

    @Test
    void monthsChosenInAMeetingAreSavedAndAMismatchWithItsFrequencyIsPointedOutNotBlocked() {
        openEditor();
        openMeeting("Etatsstyringsmøte");
        var months = monthsOfOpenMeeting();
        assertThat(months.getValue()).as("the template's months").containsExactlyInAnyOrder(2, 5, 9, 11);
        assertThat(mismatchShown()).isFalse();

        test(months).selectItem("jan");
        assertThat(stored("Etatsstyringsmøte")).isEqualTo("1,2,5,9,11");
        assertThat(mismatchShown()).isTrue();
        assertThat($(Span.class).withClassName("months-mismatch").single().getText()).isEqualTo("Hyppigheten sier inntil 4 i året, men 5 måneder er valgt.");

        test(months).deselectItem("jan");
        assertThat(stored("Etatsstyringsmøte")).isEqualTo("2,5,9,11");
        assertThat(mismatchShown()).isFalse();
    }

    @Test
    void anEmptyMonthsFieldOffersTheTemplatesSuggestionToTakeWithOneClick() {
        openEditor();
        openMeeting("Etatsstyringsmøte");
        test(monthsOfOpenMeeting()).deselectAll();
        assertThat(stored("Etatsstyringsmøte")).isEmpty();
        var take = $(Button.class).withText("Bruk malens forslag").single();
        assertThat($(Span.class).withText("Malen foreslår: februar, mai, september, november.").exists()).isTrue();
        test(take).click();
        assertThat(stored("Etatsstyringsmøte")).isEqualTo("2,5,9,11");
        assertThat($(Button.class).withText("Bruk malens forslag").exists()).isFalse();
    }

    @Test
    void theSteeringDocumentsHaveMonthsToo() {
        openEditor();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> reports = $(CheckboxGroup.class).withLabel("Måneder for tertialrapportering").single();
        assertThat(reports.getValue()).containsExactlyInAnyOrder(5, 9);
        test(reports).selectItem("jan");
        assertThat(posters.load(posterId).section(SectionField.REPORTING_MONTHS).value()).isEqualTo("1,5,9");
    }

    @Test
    void theReadViewDrawsTheWheelWithTheSamePlanAsATable() {
        navigate(PosterReadView.class, Map.of("posterId", String.valueOf(posterId)));
        var wheel = $(Svg.class).single();
        String svg = wheel.getElement().getProperty("innerHTML", "");
        assertThat(svg).contains("aria-label=\"Etatsstyringsmøte – februar\"")
                .contains("aria-label=\"Tildelingsbrev – januar\"").contains(">feb<");
        var table = $(NativeTable.class).all().stream()
                .filter(t -> t.getCaptionText().equals("Årshjulet som tabell")).findFirst().orElseThrow();
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("Etatsstyringsmøte").contains("februar, mai, september, november")
                .contains("Fagmøte").contains("Ikke plassert i året").contains("Tertialrapportering");
    }

    @Test
    void aMeetingNamedWithMarkupIsDrawnAsTheCharactersTyped() {
        testData.as("kari", () -> {
            long row = structure.addMeeting(posterId, "<script>alert(1)</script> & co", Formality.INFORMAL);
            var months = posters.load(posterId).meetings().stream().filter(m -> m.id() == row).findFirst()
                    .orElseThrow().cell(MeetingField.MONTHS);
            cellEditing.updateCell(posterId, months.id(), months.revision(), "6");
        });
        navigate(PosterReadView.class, Map.of("posterId", String.valueOf(posterId)));
        String svg = $(Svg.class).single().getElement().getProperty("innerHTML", "");
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co – juni").doesNotContain("<script>");
    }

    @Test
    void theOverviewAndTheEditorFlagAReviewDueWithinThirtyDays() {
        long agreed = testData.agreedMosBymPoster();
        LocalDate inTenDays = LocalDate.now(OsloTime.ZONE).plusDays(10);
        testData.reviewOn(agreed, inTenDays);
        navigate(OverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<PosterSummary> grid = $(Grid.class).single();
        assertThat(test(grid).getCellText(0, 5)).endsWith("(om 10 dager)");

        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(agreed)));
        var banner = $(Div.class).withClassName("review-banner").single();
        assertThat(banner.getElement().getTextRecursively()).contains("skal revideres innen").contains("om 10 dager");

        testData.reviewOn(agreed, inTenDays.plusDays(60));
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(agreed)));
        assertThat($(Div.class).withClassName("review-banner").exists()).as("not shown").isFalse();
    }

    @Test
    void aMemberFindsTheCalendarAddressAndCanReplaceIt() {
        navigate(PosterReadView.class, Map.of("posterId", String.valueOf(posterId)));
        test($(Button.class).withText("Kalender").single()).click();
        var address = $(TextField.class).withLabel("Kalenderadresse").single();
        String first = address.getValue();
        assertThat(first).contains("/kalender/").endsWith(".ics");
        test($(Button.class).withText("Lag ny adresse").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(address.getValue()).isNotEqualTo(first).contains("/kalender/");
    }

    private void openEditor() {
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
    }

    private void openMeeting(String name) {
        test($(Button.class).withAttribute("aria-label", "Vis alle egenskaper for «" + name + "»").single()).click();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Integer> monthsOfOpenMeeting() {
        return $(CheckboxGroup.class).withLabel("Måneder i året").single();
    }

    private boolean mismatchShown() {
        return $(Span.class).withClassName("months-mismatch").exists();
    }

    private String stored(String meetingName) {
        Row meeting = posters.load(posterId).meetings().stream()
                .filter(m -> m.cell(MeetingField.NAME).value().equals(meetingName)).findFirst().orElseThrow();
        return meeting.cell(MeetingField.MONTHS).value();
    }
}
