package no.oslo.samarbeidsplakaten.poster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.support.SignIn;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Everyone whose name and role title are as long as the forms allow (200 characters each) can do everything their
 * role lets them, and is written down in full: on cells, the edit trail, open questions, workshops, approvals, versions.
 */
@SpringBootTest
@ActiveProfiles("test")
class LongNamesTest {

    static final String NAME = "Kari " + "K".repeat(UserService.MAX_NAME_LENGTH - 5);
    static final String ROLE = "Kommunaldirektør " + "R".repeat(UserService.MAX_NAME_LENGTH - 17);
    static final String GUEST = "Gro " + "G".repeat(UserService.MAX_NAME_LENGTH - 4);

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cellEditing;

    @Autowired
    WorkshopService workshops;

    @Autowired
    FlagService flags;

    @Autowired
    VersioningService versioning;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void namesAndRolesAtTheFormsLimitsAreWrittenInFullEverywhere() {
        testData.removePosters();
        testData.member("langnavn", NAME, ROLE, "MOS");
        testData.member("langper", "Per " + "P".repeat(196), ROLE, "BYM");
        String author = NAME + " (" + ROLE + ")";
        long posterId = testData.fetchAs("langnavn", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("BYM")));
        var code = testData.fetchAs("langnavn", () -> workshops.open(posterId)).joinCode();
        testData.as("langnavn", () -> save(posterId, SectionField.PURPOSE, "Formål skrevet av Kari"));

        var guest = workshops.joinAsGuest(code, GUEST, Side.AGENCY, ROLE, "10.0.0.20");
        SignIn.asGuest(guest);
        save(posterId, SectionField.SIGNALS, "Skrevet av gjesten");
        var signals = posters.load(posterId).section(SectionField.SIGNALS);
        long flagId = flags.flag(posterId, signals.id(), null, "Styringssignaler", "Må avklares med etaten");
        flags.resolve(posterId, flagId);
        SecurityContextHolder.clearContext();

        testData.as("langnavn", () -> workshops.close(posterId));
        testData.as("langnavn", () -> versioning.approve(posterId));
        testData.as("langper", () -> versioning.approve(posterId));
        testData.as("langnavn", () -> versioning.lock(posterId, "Vedtatt med lange navn",
                LocalDate.now().plusYears(1)));

        String guestAuthor = GUEST + " (" + ROLE + ")";
        assertThat(jdbc.queryForList("select changed_by from poster_cell where poster_id = ? and field_key = ?",
                String.class, posterId, SectionField.SIGNALS.key())).containsExactly(guestAuthor);
        assertThat(jdbc.queryForList("select distinct changed_by from poster_change where poster_id = ?",
                String.class, posterId)).containsExactlyInAnyOrder(author, guestAuthor);
        assertThat(jdbc.queryForList("select created_by || '|' || resolved_by from poster_flag where poster_id = ?",
                String.class, posterId)).containsExactly(guestAuthor + "|" + guestAuthor);
        assertThat(jdbc.queryForList("select opened_by || '|' || closed_by from workshop where poster_id = ?",
                String.class, posterId)).containsExactly(author + "|" + author);
        assertThat(jdbc.queryForList("select locked_by from poster_version where poster_id = ?", String.class,
                posterId)).containsExactly(author);
        assertThat(jdbc.queryForList("select created_by from poster where id = ?", String.class, posterId))
                .containsExactly(author);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ?", Integer.class,
                "langnavn: " + author)).isPositive();
    }

    private void save(long posterId, SectionField field, String text) {
        var cell = posters.load(posterId).section(field);
        cellEditing.updateCell(posterId, cell.id(), cell.revision(), text);
    }
}
