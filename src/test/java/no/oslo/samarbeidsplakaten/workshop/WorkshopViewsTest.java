package no.oslo.samarbeidsplakaten.workshop;

import no.oslo.samarbeidsplakaten.workshop.ui.PresentationView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterService;
import no.oslo.samarbeidsplakaten.poster.ui.PosterEditorView;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import no.oslo.samarbeidsplakaten.workshop.ui.FlagsPanel;
import no.oslo.samarbeidsplakaten.workshop.ui.JoinView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class WorkshopViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterService posterService;

    @Autowired
    WorkshopService workshopService;

    @Autowired
    FlagService flagService;

    long posterId;

    @BeforeEach
    void poster() {
        testData.removePosters();
        posterId = posterService.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
    }

    @Test
    void theProjectorShowsTheJoinCodeAndQrCodeOnlyWhileTheWorkshopIsOpen() {
        navigate(PresentationView.class, Map.of("posterId", String.valueOf(posterId)));
        assertThat($(Span.class).withClassName("join-code").exists()).isFalse();

        var workshop = workshopService.open(posterId);
        navigate(PresentationView.class, Map.of("posterId", String.valueOf(posterId)));
        assertThat($(Span.class).withClassName("join-code").single().getText()).isEqualTo(workshop.displayCode());
        var qr = $(Image.class).withClassName("qr-code").single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).endsWith("verksted/" + workshop.joinCode()));
    }

    @Test
    void openQuestionsAreListedWithTheirCountAndCanBeResolved() {
        var signals = posterService.load(posterId).section(SectionField.SIGNALS);
        flagService.flag(posterId, signals.id(), null, "Styringssignaler", "Hvem skriver ned signalene?");

        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        test($(Button.class).withText("Må avklares (1)").single()).click();
        var panel = $(FlagsPanel.class).single();
        assertThat(panel.isVisible()).isTrue();
        assertThat($(Span.class).withClassName("flag-target").single().getText()).isEqualTo("Styringssignaler");

        test($(Button.class).withText("Avklart").single()).click();
        assertThat(flagService.openFlags(posterId)).isEmpty();
        assertThat($(Paragraph.class).withText("Ingen åpne spørsmål.").single().isVisible()).isTrue();
    }

    @Test
    void aWrongCodeIsExplainedOnTheJoinPage() {
        navigate("verksted/FEILKODE", JoinView.class);
        assertThat($(TextField.class).withLabel("Kode").single().getValue()).isEqualTo("FEILKODE");
        assertThat($(Paragraph.class).withClassName("form-message").single().getText())
                .isEqualTo("Koden gjelder ikke: verkstedet er avsluttet, eller koden er skrevet feil.");
    }
}
