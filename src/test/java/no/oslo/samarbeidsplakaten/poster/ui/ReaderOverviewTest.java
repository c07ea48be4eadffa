package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Set;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.versioning.ui.VersionPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** A reader's oversikt: only the posters given to them, agreed ones, each leading to its current version. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(value = "rita", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ReaderOverviewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired

    PosterReaders readers;

    @Autowired
    VersioningService versioning;

    @Autowired
    AppUserRepository users;

    long posterId;

    @BeforeEach
    void aReaderGivenOneAgreedPoster() {
        posterId = testData.freshMosBymPoster();
        testData.as("admin", () -> lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE")));
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første", LocalDate.now().plusYears(1)));
        testData.account("rita", "Rita Leser", "Rådgiver", "BLK", AppRole.READER);
        testData.as("admin", () -> readers.givePosters(users.findByUsername("rita").orElseThrow().getId(),
                Set.of(posterId)));
    }

    @Test
    void seesOnlyTheGivenPosterAndOpensItsCurrentVersion() {
        navigate(OverviewView.class);
        assertThat($(Button.class).withText("Ny samarbeidsplakat").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<PosterSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(posterId);

        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(VersionPage.class);
        assertThat($(Button.class).withText("Last ned").exists()).isTrue();
    }
}
