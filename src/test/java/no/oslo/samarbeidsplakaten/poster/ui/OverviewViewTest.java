package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
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
class OverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @BeforeEach
    void twoPosters() {
        testData.removePosters();
        lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
        lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE"));
    }

    @Test
    void listsEveryPosterAndFiltersByName() {
        navigate(OverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<PosterSummary> grid = $(Grid.class).single();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getCellText(0, 0)).isEqualTo("Byrådsavdeling for miljø og samferdsel");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Utkast");

        test($(TextField.class).withLabel("Søk").single()).setValue("utdanning");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).agencyName()).isEqualTo("Utdanningsetaten");
    }

    @Test
    void createsAPosterForANewPairAndOpensIt() {
        navigate(OverviewView.class);
        test($(Button.class).withText("Ny samarbeidsplakat").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> department = $(ComboBox.class).withLabel("Byrådsavdeling").single();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> agency = $(ComboBox.class).withLabel("Virksomhet").single();
        test(department).selectItem("Byrådsavdeling for miljø og samferdsel");
        test(agency).selectItem("Vann- og avløpsetaten");
        test($(Button.class).withText("Opprett plakat").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PosterEditorView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Styringsdialogen mellom Byrådsavdeling for miljø og samferdsel og Vann- og avløpsetaten");
    }

    @Test
    void refusesASecondPosterForAPairAndPointsToTheFirst() {
        navigate(OverviewView.class);
        test($(Button.class).withText("Ny samarbeidsplakat").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> department = $(ComboBox.class).withLabel("Byrådsavdeling").single();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> agency = $(ComboBox.class).withLabel("Virksomhet").single();
        test(department).selectItem("Byrådsavdeling for miljø og samferdsel");
        test(agency).selectItem("Bymiljøetaten");
        test($(Button.class).withText("Opprett plakat").single()).click();

        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat($(Paragraph.class).withTextContaining("finnes allerede").single().getText()).isEqualTo(
                "Det finnes allerede en samarbeidsplakat for Byrådsavdeling for miljø og samferdsel og Bymiljøetaten.");
        assertThat($(RouterLink.class).withText("Åpne den eksisterende plakaten").exists()).isTrue();
    }
}
