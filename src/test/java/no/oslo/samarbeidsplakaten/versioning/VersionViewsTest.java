package no.oslo.samarbeidsplakaten.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterEditorView;
import no.oslo.samarbeidsplakaten.support.LiveSettle;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionSummary;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.versioning.ui.CompareView;
import no.oslo.samarbeidsplakaten.versioning.ui.HistoryView;
import no.oslo.samarbeidsplakaten.versioning.ui.VersionPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class VersionViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired
    VersioningService versioning;

    @Autowired
    LiveBroadcaster broadcaster;

    long posterId;

    @BeforeEach
    void twoVersions() {
        testData.removePosters();
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
        lock("Første versjon");
        var frequency = posters.load(posterId).meetings().getFirst().cell(MeetingField.FREQUENCY);
        cellEditing.updateCell(posterId, frequency.id(), frequency.revision(), "UP_TO:6:YEAR");
        lock("Oftere etatsstyringsmøter");
    }

    private void lock(String summary) {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        versioning.lock(posterId, summary, LocalDate.now().plusYears(1));
    }

    @Test
    void lockingAVersionShowsItInEveryOpenEditorAtOnce() {
        navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId)));
        var purpose = posters.load(posterId).section(SectionField.PURPOSE);
        cellEditing.updateCell(posterId, purpose.id(), purpose.revision(), "Et tydeligere formål.");
        LiveSettle.settle(broadcaster, () -> roundTrip());
        assertThat($(Span.class).withClassName("status-badge").single().getText()).isEqualTo("Utkast");

        lock("Tydeligere formål");
        LiveSettle.settle(broadcaster, () -> roundTrip());

        assertThat($(Span.class).withClassName("status-badge").single().getText()).isEqualTo("Vedtatt · versjon 3");
        assertThat($(Button.class).withText("Lås som versjon 4").exists()).isTrue();
    }

    @Test
    void theHistoryListsTheVersionsNewestFirst() {
        navigate(HistoryView.class, Map.of("posterId", String.valueOf(posterId)));
        @SuppressWarnings("unchecked")
        Grid<VersionSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).number()).isEqualTo(2);
        assertThat(test(grid).getRow(0).changeSummary()).isEqualTo("Oftere etatsstyringsmøter");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(
                "Kari Nordmann (Kommunaldirektør, Byrådsavdelingen); Per Hansen (Etatssjef, Virksomheten)");
    }

    @Test
    void anOldVersionSaysItWasReplaced() {
        navigate(VersionPage.class, Map.of("posterId", String.valueOf(posterId), "number", "1"));
        assertThat($(H1.class).single().getText()).startsWith("Versjon 1, vedtatt");
        assertThat($(Span.class).withText("Erstattet av versjon 2").exists()).isTrue();
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains(
                "Kari Nordmann (Kommunaldirektør, Byrådsavdelingen)", "Per Hansen (Etatssjef, Virksomheten)");
    }

    @Test
    void theComparisonShowsTheChangedFrequencyInWords() {
        UI.getCurrent().navigate("plakat/" + posterId + "/sammenlign",
                QueryParameters.simple(Map.of("fra", "1", "til", "2")));
        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
        assertThat($(Paragraph.class).withText("1 endring").exists()).isTrue();
        var changed = $(Div.class).withClassName("compare-field").withAttribute("data-changed", "true").single();
        assertThat(changed.getElement().getTextRecursively()).contains("Hyppighet").contains("4").contains("6");
        var value = $(Div.class).withClassName("compare-value").from(changed).single();
        assertThat(value.getElement().getChildren().filter(c -> c.getTag().equals("del")).map(c -> c.getText()))
                .containsExactly("4");
        assertThat(value.getElement().getChildren().filter(c -> c.getTag().equals("ins")).map(c -> c.getText()))
                .containsExactly("6");
        // Only the meetings changed: the other three parts say so instead of showing up empty.
        assertThat($(Paragraph.class).withClassName("compare-none").all()).hasSize(3)
                .allMatch(note -> note.getText().equals("Ingen endringer i denne delen."));
    }
}
