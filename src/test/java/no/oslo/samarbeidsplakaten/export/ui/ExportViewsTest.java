package no.oslo.samarbeidsplakaten.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.ui.PosterReadView;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class ExportViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    TransferService transfers;

    @Autowired
    JdbcTemplate jdbc;

    long posterId;

    @BeforeEach
    void poster() {
        testData.removePosters();
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
    }

    @Test
    void theReadViewOffersPrintAndADownloadDialogWithA3ChosenAndTheDraftsAddresses() {
        navigate(PosterReadView.class, Map.of("posterId", String.valueOf(posterId)));
        assertThat($(Button.class).withText("Skriv ut").exists()).isTrue();
        test($(Button.class).withText("Last ned").single()).click();

        var dialog = $(ExportDialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaperFormat> format = $(RadioButtonGroup.class).from(dialog).single();
        assertThat(format.getValue()).isEqualTo(PaperFormat.A3);
        assertThat($(Paragraph.class).from(dialog).withText("Utkastet skrives ut med vannmerket UTKAST.").exists())
                .isTrue();
        assertThat($(Anchor.class).withText("Last ned JSON").single().getHref())
                .isEqualTo("eksport/plakat/" + posterId + ".json");
    }

    @Test
    void aBrokenFileIsListedProblemByProblemAndChangesNothing() {
        var view = navigate(ImportView.class);
        String json = new String(transfers.toJson(transfers.export(posterId, null)), StandardCharsets.UTF_8)
                .replace("\"code\" : \"BYM\"", "\"code\" : \"XXX\"")
                .replace("\"templateVersion\" : 1", "\"templateVersion\" : \"en\"");
        int posterCount = jdbc.queryForObject("select count(*) from poster", Integer.class);

        view.check(json.getBytes(StandardCharsets.UTF_8));

        assertThat($(H2.class).single().getText()).isEqualTo("Filen har 2 problemer og kan ikke importeres");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).containsExactlyInAnyOrder(
                "Feltet «agency.code»: viser til organisasjonskoden «XXX», som ikke finnes her.",
                "Feltet «content.templateVersion»: skal være et tall, men er tekst.");
        assertThat($(Button.class).withText("Importer").exists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from poster", Integer.class)).isEqualTo(posterCount);
    }

    @Test
    void aFileLargerThanTheLimitSentPastTheBrowsersCheckIsRefusedWithAMessage() {
        navigate(ImportView.class);
        int posterCount = jdbc.queryForObject("select count(*) from poster", Integer.class);

        test($(Upload.class).single()).upload("stor.json", "application/json", new byte[ImportView.MAX_FILE_BYTES + 1]);
        roundTrip();

        assertThat($(Paragraph.class).withText("Filen er større enn 2 MB.").exists()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from poster", Integer.class)).isEqualTo(posterCount);
    }

    @Test
    void aGoodFileSaysWhatItWillReplaceAndImportsOnConfirmation() {
        var view = navigate(ImportView.class);
        byte[] file = transfers.toJson(transfers.export(posterId, null));
        view.check(file);
        assertThat($(Paragraph.class).withText("Filen er i orden. Den erstatter utkastet til plakaten for "
                + "Byrådsavdeling for miljø og samferdsel og Bymiljøetaten. Vedtatte versjoner endres ikke.")
                .exists()).isTrue();

        test($(Button.class).withText("Importer").single()).click();

        assertThat($(Div.class).withAttribute("data-state", "done").exists()).isTrue();
        assertThat($(Anchor.class).withText("Åpne plakaten").single().getHref()).isEqualTo("plakat/" + posterId);
    }
}
