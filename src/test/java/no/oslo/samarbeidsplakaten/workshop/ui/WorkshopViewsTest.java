package no.oslo.samarbeidsplakaten.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterEditorView;
import no.oslo.samarbeidsplakaten.support.LiveSettle;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
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
    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posterService;

    @Autowired
    WorkshopService workshopService;

    @Autowired
    FlagService flagService;

    @Autowired
    LiveBroadcaster broadcaster;

    long posterId;

    @BeforeEach
    void poster() {
        testData.removePosters();
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
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
    void aMeetingIsFlaggedFromItsCardAndTheCardIsMarkedForEveryone() {
        var meeting = posterService.load(posterId).meetings().getFirst();
        String name = meeting.cell(MeetingField.NAME).value();
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));

        test($(Button.class).withPropertyValue(Button::getAriaLabel,
                Optional.of("Marker «" + name + "» som «må avklares»")).single()).click();
        test($(TextArea.class).withLabel("Hva må avklares? (kort)").single()).setValue("Hvem leder møtet?");
        test($(Button.class).withText("Marker").single()).click();
        LiveSettle.settle(broadcaster, () -> roundTrip());

        assertThat(flagService.openFlags(posterId)).singleElement().satisfies(flag -> {
            assertThat(flag.rowId()).isEqualTo(meeting.id());
            assertThat(flag.target()).isEqualTo(name);
            assertThat(flag.comment()).isEqualTo("Hvem leder møtet?");
        });
        assertThat($(Button.class).withText("Må avklares (1)").exists()).isTrue();
        assertThat($(Div.class).withId("meeting-" + meeting.id()).single().getElement().getAttribute("data-flagged"))
                .isEqualTo("true");
    }

    @Test
    void goingToAFlaggedFieldOfAClosedMeetingOpensTheMeetingFirst() {
        var meeting = posterService.load(posterId).meetings().getFirst();
        var purpose = meeting.cell(MeetingField.PURPOSE);
        flagService.flag(posterId, purpose.id(), null, "Formål", "Hva er møtet for?");
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        var card = $(Div.class).withId("meeting-" + meeting.id()).single();
        assertThat($(TextArea.class).withLabel("Formål").from(card).exists()).isFalse();

        test($(Button.class).withText("Må avklares (1)").single()).click();
        test($(Button.class).withText("Gå til").single()).click();

        assertThat($(TextArea.class).withLabel("Formål").from(card).single().getValue()).isEqualTo(purpose.value());
    }

    @Test
    void aWrongCodeIsExplainedOnTheJoinPage() {
        navigate("verksted/FEILKODE", JoinView.class);
        assertThat($(TextField.class).withLabel("Kode").single().getValue()).isEqualTo("FEILKODE");
        assertThat($(Paragraph.class).withClassName("form-message").single().getText())
                .isEqualTo("Koden gjelder ikke: verkstedet er avsluttet, eller koden er skrevet feil.");
    }
}
