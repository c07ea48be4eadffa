package no.oslo.samarbeidsplakaten.versioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The approval bar offers each person what they may do: their side's approval, locking, or why not. */
@SpringBootTest
@ActiveProfiles("test")
class ApprovalBarTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    VersioningService versioning;

    @Autowired
    WorkshopService workshops;

    @Test
    void aMemberApprovesForTheirSideAndAGuestIsToldWhoApprovesInstead() {
        long posterId = testData.freshMosBymPoster();
        var code = testData.fetchAs("kari", () -> workshops.open(posterId)).joinCode();
        var guest = workshops.joinAsGuest(code, "Gro Gjest", Side.AGENCY, "Seksjonsleder", "10.0.0.30");

        var forKari = testData.fetchAs("kari", () -> new ApprovalBar(versioning, posterId));
        assertThat(texts(forKari, Button.class)).contains("Godkjenn for Byrådsavdelingen", "Lås som versjon 1");
        assertThat(texts(forKari, Span.class)).noneMatch(text -> text.startsWith("Gjester"));

        testData.asGuest(guest, () -> {
            var forGuest = new ApprovalBar(versioning, posterId);
            assertThat(texts(forGuest, Button.class)).noneMatch(text -> text.startsWith("Godkjenn"));
            assertThat(forGuest.getChildren().filter(Button.class::isInstance).filter(Component::isVisible)
                    .map(b -> ((Button) b).getText())).noneMatch(text -> text.startsWith("Lås"));
            assertThat(texts(forGuest, Span.class)).contains(
                    "Gjester godkjenner ikke: det gjør byrådsavdelingens og virksomhetens egne folk med konto.");
        });
    }

    private static List<String> texts(ApprovalBar bar, Class<? extends Component> type) {
        return bar.getChildren().filter(type::isInstance).filter(Component::isVisible)
                .map(c -> c.getElement().getText()).toList();
    }
}
