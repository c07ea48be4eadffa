package no.oslo.samarbeidsplakaten.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The projector follows the room by applying each change where it belongs, not by drawing the poster anew. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class PresentationViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterQueries posterService;

    long posterId;

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
    }

    @Test
    void aCommittedChangeAndLiveTypingUpdateOnlyTheirOwnText() {
        var projector = navigate(PresentationView.class, Map.of("posterId", String.valueOf(posterId)));
        var cell = posterService.load(posterId).section(SectionField.SIGNALS);
        var signals = textBlock(cell.value());
        var header = $(NativeTableHeaderCell.class).withText("Etatsstyringsmøte").withAttribute("scope", "col")
                .single();

        var write = cellEditing.updateCell(posterId, cell.id(), cell.revision(), "Signaler skrives ned samme dag.");
        projector.onLive(new PosterEvents.CellChanged(posterId, cell.id(), null, cell.fieldKey(), write.value(),
                write.revision(), "Kari Nordmann (Kommunaldirektør)", java.time.Instant.now()));
        assertThat(signals.getText()).isEqualTo("Signaler skrives ned samme dag.");
        assertThat(signals.isAttached()).as("the same text on the sheet, not a new sheet").isTrue();

        projector.onLive(new PosterEvents.Typing(posterId, cell.id(), "Signaler skrives ned samme d",
                "Per Hansen (Etatssjef)", "nøkkel", false));
        assertThat(signals.getText()).isEqualTo("Signaler skrives ned samme d");
        assertThat(signals.getElement().getAttribute("data-typing-by")).contains("Per Hansen (Etatssjef)");
        projector.onLive(new PosterEvents.Typing(posterId, cell.id(), "", "Per Hansen (Etatssjef)", "nøkkel", true));
        assertThat(signals.getText()).isEqualTo("Signaler skrives ned samme dag.");
        assertThat(signals.getElement().hasAttribute("data-typing-by")).isFalse();

        // A meeting's attribute: its column changes, the matrix stays.
        var meeting = posterService.load(posterId).meetings().getFirst();
        var frequency = meeting.cell(MeetingField.FREQUENCY);
        var changed = cellEditing.updateCell(posterId, frequency.id(), frequency.revision(), "EXACTLY:2:YEAR");
        projector.onLive(new PosterEvents.CellChanged(posterId, frequency.id(), meeting.id(), frequency.fieldKey(),
                changed.value(), changed.revision(), "Kari Nordmann (Kommunaldirektør)", java.time.Instant.now()));
        assertThat(header.isAttached()).isTrue();
        assertThat($(Div.class).withClassName("cell-part").all()).extracting(Div::getText).contains("2 per år");
    }

    @Test
    void theWheelOnTheProjectorFollowsTheMonthsAsTheyAreSaved() {
        var projector = navigate(PresentationView.class, Map.of("posterId", String.valueOf(posterId)));
        var wheel = $(com.vaadin.flow.component.Svg.class).single();
        assertThat(svg(wheel)).doesNotContain("Etatsstyringsmøte – januar");
        // Large type for the room: the month names at 24 of the wheel's 640 units, never smaller than the sheet's.
        assertThat(svg(wheel)).contains("font-size=\"24\"").doesNotContain("font-size=\"12\"");

        var meeting = posterService.load(posterId).meetings().getFirst();
        var months = meeting.cell(MeetingField.MONTHS);
        var changed = cellEditing.updateCell(posterId, months.id(), months.revision(), "1,2,5,9,11");
        projector.onLive(new PosterEvents.CellChanged(posterId, months.id(), meeting.id(), months.fieldKey(),
                changed.value(), changed.revision(), "Kari Nordmann (Kommunaldirektør)", java.time.Instant.now()));
        assertThat(svg(wheel)).contains("aria-label=\"Etatsstyringsmøte – januar\"");
    }

    private static String svg(com.vaadin.flow.component.Svg wheel) {
        return wheel.getElement().getProperty("innerHTML", "");
    }

    private Div textBlock(String text) {
        return $(Div.class).withClassName("text-block").all().stream().filter(d -> d.getText().equals(text))
                .findFirst().orElseThrow();
    }
}
