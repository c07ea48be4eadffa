package no.oslo.samarbeidsplakaten.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.component.VEvent;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarFeeds;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import no.oslo.samarbeidsplakaten.support.Calendars;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CalendarFeedsTest {

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cellEditing;

    @Autowired
    VersioningService versioning;

    @Autowired
    TestData testData;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long posterId;

    @BeforeEach
    void agreedPoster() {
        posterId = testData.agreedMosBymPoster();
    }

    @Test
    void theFeedHasOneSeriesPerMeetingAndDocumentPlacedInTheYearAsTheAgreedVersionSaysIt() {
        String text = feed(address());
        var calendar = Calendars.parseValid(text);
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Samarbeidsplakat: Byrådsavdeling for miljø og samferdsel – Bymiljøetaten");

        // The template places the etatsstyringsmøte (inntil 4 per år) in February, May, September and November.
        VEvent etatsstyring = event(calendar, "Etatsstyringsmøte");
        assertThat(etatsstyring.getRecurrenceRule()).isNotNull();
        int year = etatsstyring.getDateStart().getValue().getRawComponents().getYear();
        assertThat(Calendars.datesIn(etatsstyring, year + 1)).extracting(LocalDate::getMonthValue)
                .containsExactly(2, 5, 9, 11);
        assertThat(etatsstyring.getDescription().getValue()).contains("Formål: Hovedarenaen i styringsdialogen")
                .contains("Leder møtet: Kommunaldirektør").contains("Hyppighet: Inntil 4 per år");
        assertThat(text).as("people are never named, only roles").doesNotContain("Kari").doesNotContain("Per Hansen");

        assertThat(Calendars.datesIn(event(calendar, "Tildelingsbrev"), year + 1))
                .extracting(LocalDate::getMonthValue).containsExactly(1);
        assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
                .as("ved behov and the milestone plan without months have no series")
                .doesNotContain("Fagmøte", "Oppdragsstyringsmøte", "Oppdragsbrev");
    }

    @Test
    void theFeedFollowsTheLatestAgreedVersionNeverTheDraft() {
        String path = address();
        setMonths("Etatsstyringsmøte", "3,6,9,12");
        var beforeAgreeing = Calendars.parseValid(feed(path));
        int year = event(beforeAgreeing, "Etatsstyringsmøte").getDateStart().getValue().getRawComponents().getYear();
        assertThat(Calendars.datesIn(event(beforeAgreeing, "Etatsstyringsmøte"), year + 1))
                .extracting(LocalDate::getMonthValue).as("the draft's months are not in the feed")
                .containsExactly(2, 5, 9, 11);

        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Nye måneder", LocalDate.now().plusYears(1)));
        var agreed = Calendars.parseValid(feed(path));
        assertThat(Calendars.datesIn(event(agreed, "Etatsstyringsmøte"), year + 1))
                .extracting(LocalDate::getMonthValue).containsExactly(3, 6, 9, 12);
    }

    @Test
    void aPosterNotYetAgreedHasAnEmptyButValidFeed() {
        long fresh = testData.freshMosBymPoster();
        String path = testData.fetchAs("kari", () -> feeds.address(fresh).path());
        String text = feed(path);
        assertThat(Calendars.parse(text).getEvents()).isEmpty();
        // RFC 5545 wants at least one component; the time zone is one (biweekly's own check counts only events).
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n")
                .contains("X-WR-CALNAME:Samarbeidsplakat: Byrådsavdeling for miljø og samferdsel –");
    }

    @Test
    void renewingTheAddressShutsOutTheOldOneAndTheAddressIsTheSameForEveryMember() {
        String first = address();
        assertThat(testData.fetchAs("per", () -> feeds.address(posterId).path())).isEqualTo(first);
        String renewed = testData.fetchAs("per", () -> feeds.renew(posterId).path());
        assertThat(renewed).isNotEqualTo(first).startsWith(CalendarFeeds.PATH).endsWith(CalendarFeeds.SUFFIX);
        assertThat(feeds.feed(token(first))).as("the old address").isEmpty();
        assertThat(feeds.feed(token(renewed))).isPresent();
        assertThat(token(renewed)).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(jdbc.queryForList("select actor from audit_event where kind = 'CALENDAR_RENEWED' and poster_id = ?",
                String.class, posterId)).as("the event log says who replaced the address")
                .singleElement().asString().startsWith("per:");
    }

    @Test
    void onlyThePairsMembersGetTheAddress() {
        testData.member("frida", "Frida Finans", "Kommunaldirektør", "FIN");
        testData.account("rita", "Rita Reader", "Revisor", "BLK", AppRole.READER);
        testData.as("frida", () -> assertThatThrownBy(() -> feeds.address(posterId))
                .isInstanceOf(AccessDeniedException.class));
        testData.as("rita", () -> assertThatThrownBy(() -> feeds.renew(posterId))
                .isInstanceOf(AccessDeniedException.class));
        var guest = new GuestPrincipal("g", "Gjest", "Rådgiver", Side.AGENCY, 1, posterId);
        testData.asGuest(guest, () -> assertThatThrownBy(() -> feeds.address(posterId))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(feeds.feed("not-a-token")).isEmpty();
        assertThat(feeds.feed("A".repeat(43))).isEmpty();
    }

    private String address() {
        return testData.fetchAs("kari", () -> feeds.address(posterId).path());
    }

    private String feed(String path) {
        return feeds.feed(token(path)).orElseThrow();
    }

    private static String token(String path) {
        return path.substring(CalendarFeeds.PATH.length(), path.length() - CalendarFeeds.SUFFIX.length());
    }

    private static VEvent event(biweekly.ICalendar calendar, String summary) {
        return calendar.getEvents().stream().filter(e -> e.getSummary().getValue().equals(summary)).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + summary));
    }

    private void setMonths(String meetingName, String months) {
        testData.as("kari", () -> {
            var meeting = posters.load(posterId).meetings().stream()
                    .filter(m -> m.cell(MeetingField.NAME).value().equals(meetingName)).findFirst().orElseThrow();
            var cell = meeting.cell(MeetingField.MONTHS);
            cellEditing.updateCell(posterId, cell.id(), cell.revision(), months);
        });
    }
}
