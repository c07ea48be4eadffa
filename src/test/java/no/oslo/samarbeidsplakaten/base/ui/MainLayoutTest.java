package no.oslo.samarbeidsplakaten.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.ui.OverviewView;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.ui.WorkshopClosedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The menu is what the features put in it, and each user sees only the views they may open. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Test
    void theAdministratorSeesEveryViewInTheMenuInOrder() {
        navigate(OverviewView.class);
        assertThat(menu()).containsExactly("Oversikt", "Kartlegging", "Malen", "Brukere", "Import", "Logg");
        assertThat($(Span.class).withClassName("signed-in-user").single().getText()).startsWith("Administrator");
    }

    @Test
    void aMemberSeesTheOverviewAndTheKartleggingAReaderOnlyTheOverview() {
        testData.member("meny-medlem", "Mona Medlem", "Rådgiver", "MOS");
        testData.as("meny-medlem", () -> {
            // The first page was opened as the administrator; a page outside the frame makes the next one build it
            // anew, for the member.
            navigate(WorkshopClosedView.class);
            navigate(OverviewView.class);
            assertThat(menu()).containsExactly("Oversikt", "Kartlegging");
            assertThat($(Span.class).withClassName("signed-in-user").single().getText())
                    .isEqualTo("Mona Medlem · Rådgiver");
        });
        testData.account("meny-leser", "Lars Leser", "Revisor", "MOS", no.oslo.samarbeidsplakaten.security.domain.AppRole.READER);
        testData.as("meny-leser", () -> {
            navigate(WorkshopClosedView.class);
            navigate(OverviewView.class);
            assertThat(menu()).containsExactly("Oversikt");
        });
    }

    private List<String> menu() {
        return $(Nav.class).single().getChildren().filter(RouterLink.class::isInstance)
                .map(link -> ((RouterLink) link).getText()).toList();
    }
}
