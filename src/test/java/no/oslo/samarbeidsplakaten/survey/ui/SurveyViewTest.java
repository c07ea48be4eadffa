package no.oslo.samarbeidsplakaten.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The kartlegging page as the mayor's office, a department and an agency see it. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterStructure structure;

    @Autowired
    VersioningService versioning;

    @Autowired
    CommonTerms terms;

    long bym;

    @BeforeEach
    void city() {
        testData.removePosters();
        testData.asAdmin(() -> terms.synonyms().keySet().forEach(terms::unmark));
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        testData.member("vera", "Vera Vann", "Etatssjef", "VAV");
        bym = testData.fetchAs("kari", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("BYM")));
        long vav = testData.fetchAs("kari", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("VAV")));
        testData.as("kari", () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("REG")));
        testData.as("kari", () -> structure.addMeeting(vav, "Styringsmøte", Formality.FORMAL));
        testData.as("kari", () -> structure.addMeeting(vav, "<b>Møte & mer</b>", Formality.INFORMAL));
        testData.as("kari", () -> versioning.approve(bym));
        testData.as("per", () -> versioning.approve(bym));
        testData.as("kari", () -> versioning.lock(bym, "Vedtatt", LocalDate.now().plusYears(1)));
    }

    @Test
    @WithUserDetails("admin")
    void theMayorsOfficeSeesTheWholeCityAndMarksASynonym() {
        navigate(SurveyView.class);
        assertThat(text($(Div.class).withClassName("survey-counts").single()))
                .contains("14", "Par i alt", "11", "Ingen plakat ennå", "2", "Utkast", "1", "Vedtatt");
        String status = html("survey-status");
        assertThat(rows(status)).isEqualTo(14);
        assertThat(status).contains("Bymiljøetaten", "Vedtatt (versjon 1)",
                "Kommunaldirektør (Byrådsavdelingen), Etatssjef (Virksomheten)", "Ingen plakat ennå",
                "href=\"plakat/" + bym + "/versjon/1\"");
        assertThat($(Anchor.class).withText("Last ned som Excel").single().getHref())
                .isEqualTo("eksport/kartlegging.xlsx?sprak=nb");

        open("tab-matrix");
        String matrix = html("survey-matrix");
        assertThat(matrix).contains("<th scope=\"col\">Etatsstyringsmøte</th>", "Oppdragsstyringsmøte",
                "Fagmøte", "Kontaktmøte med politisk ledelse", "Andre møter", "Hyppighet: Inntil 4 per år",
                "Styringsmøte", "fra utkast");
        // User text is text: a name with markup in it is shown, never run.
        assertThat(matrix).contains("&lt;b&gt;Møte &amp; mer&lt;/b&gt;").doesNotContain("<b>Møte");

        open("tab-terms");
        var choice = $(Select.class).all().stream()
                .filter(s -> "Synonym for: Styringsmøte".equals(s.getAriaLabel().orElse(null))).findFirst()
                .orElseThrow();
        test(choice).selectItem("Etatsstyringsmøte");
        assertThat(terms.synonyms()).containsEntry("styringsmøte", "etatsstyringsmote");
        assertThat(text($(NativeTable.class).withId("survey-terms").single())).contains("Etatsstyringsmøte (synonym)");

        // One department at a time: the downloads follow the filter.
        var department = $(Select.class).withLabel("Byrådsavdeling").single();
        test(department).selectItem("Byrådsavdeling for finans");
        assertThat(rows(html("survey-status"))).isEqualTo(2);
        assertThat($(Anchor.class).withText("Last ned som Excel").single().getHref())
                .isEqualTo("eksport/kartlegging.xlsx?sprak=nb&avdeling=" + testData.organisationId("FIN"));
    }

    @Test
    @WithUserDetails("kari")
    void aDepartmentSeesItsOwnAgenciesOnly() {
        navigate(SurveyView.class);
        assertThat($(Select.class).withLabel("Byrådsavdeling").exists()).isFalse();
        String status = html("survey-status");
        assertThat(rows(status)).isEqualTo(3);
        assertThat(status).contains("Bymiljøetaten", "Vann- og avløpsetaten").doesNotContain("Utdanningsetaten");
    }

    @Test
    @WithUserDetails("vera")
    void anAgencySeesItsOwnPairNextToTheCityAndNoOtherAgency() {
        var view = navigate(SurveyView.class);
        assertThat(html("survey-agency")).contains("Etatsstyringsmøte", "Hyppighet: Inntil 4 per år", "100 %")
                .doesNotContain("Bymiljøetaten");
        assertThat(view.getElement().getTextRecursively()).contains("Vann- og avløpsetaten")
                .doesNotContain("Bymiljøetaten");
        assertThat($(Button.class).withId("tab-matrix").exists()).isFalse();
    }

    private void open(String partId) {
        test($(Button.class).withId(partId).single()).click();
    }

    /** The HTML of one of the page's large tables. */
    private String html(String id) {
        return $(Div.class).withId(id).single().getElement().getProperty("innerHTML");
    }

    private static long rows(String html) {
        return html.substring(html.indexOf("<tbody>")).split("<tr>", -1).length - 1;
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
