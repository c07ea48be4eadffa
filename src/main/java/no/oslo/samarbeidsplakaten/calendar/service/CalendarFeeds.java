package no.oslo.samarbeidsplakaten.calendar.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.calendar.domain.CalendarFeed;
import no.oslo.samarbeidsplakaten.calendar.domain.CalendarFeedRepository;
import no.oslo.samarbeidsplakaten.calendar.domain.Recurrence;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabelSource;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterSummaries;
import no.oslo.samarbeidsplakaten.poster.service.YearPlan;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.versioning.service.LatestAgreedVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A poster's calendar feed: its address, issued to the pair's members and renewed by them, and the feed itself, which
 * anyone holding the address reads without signing in (calendar clients cannot). The feed shows the latest agreed
 * version, never the draft: a meeting changes in people's calendars when the pair agrees, not while they type.
 */
@Service
@Transactional
public class CalendarFeeds {

    /** Where feeds are served: {@code /kalender/<token>.ics}. */
    public static final String PATH = "/kalender/";
    public static final String SUFFIX = ".ics";
    private static final String MEMBERS = "hasAnyRole('ADMIN', 'MEMBER') and " + PosterAccess.WORK;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Locale FEED_LOCALE = Locale.forLanguageTag("nb");

    private final SecureRandom random = new SecureRandom();
    private final CalendarFeedRepository feeds;
    private final LatestAgreedVersion agreed;
    private final PosterSummaries posters;
    private final PosterLabelSource labels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, LatestAgreedVersion agreed, PosterSummaries posters,
            PosterLabelSource labels, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.feeds = feeds;
        this.agreed = agreed;
        this.posters = posters;
        this.labels = labels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The address of a feed, relative to the app's own address. */
    public record FeedAddress(String path, Instant issuedAt, String issuedBy) {
    }

    /** The poster's feed address, issued the first time it is asked for. */
    @PreAuthorize(MEMBERS)
    public FeedAddress address(long posterId) {
        var feed = feeds.findById(posterId).orElseGet(() -> feeds.save(
                new CalendarFeed(posterId, newToken(), clock.instant(), currentUser.authorName())));
        return addressOf(feed);
    }

    /** A new address for the feed; the old one answers "not found" from now on. */
    @PreAuthorize(MEMBERS)
    public FeedAddress renew(long posterId) {
        var feed = feeds.findById(posterId).orElseGet(() -> new CalendarFeed(posterId, newToken(), clock.instant(),
                currentUser.authorName()));
        feed.renew(newToken(), clock.instant(), currentUser.authorName());
        var renewed = addressOf(feeds.saveAndFlush(feed));
        events.publishEvent(new CalendarEvents.AddressRenewed(posterId));
        return renewed;
    }

    /**
     * The feed at an address, as iCalendar text; empty when no feed has that token. A poster not yet agreed has a
     * feed with no events, so a subscription made early fills in when the pair agrees.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByToken(token).map(feed -> write(feed.getPosterId()));
    }

    private String write(long posterId) {
        var words = labels.in(FEED_LOCALE);
        var calendar = new ICalendarWriter()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Oslo kommune//Samarbeidsplakaten//NB")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT6H")
                .raw("X-PUBLISHED-TTL", "PT6H")
                .raw("X-WR-TIMEZONE", OsloTime.ZONE.getId());
        posters.of(posterId).ifPresent(summary -> calendar.text("X-WR-CALNAME",
                words.t("calendar.name", summary.departmentName(), summary.agencyName())));
        var version = agreed.of(posterId);
        // The calendar's own properties come before any component (RFC 5545).
        version.ifPresent(agreedVersion -> calendar.text("X-WR-CALDESC", words.t("calendar.description",
                agreedVersion.number(), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(FEED_LOCALE)
                        .format(LocalDate.ofInstant(agreedVersion.lockedAt(), OsloTime.ZONE)))));
        // A calendar holds at least one component, also before any event: the zone the year plan is in.
        osloTimeZone(calendar);
        version.ifPresent(agreedVersion -> events(calendar, posterId, agreedVersion,
                words.withRolesOf(agreedVersion.document().template())));
        return calendar.raw("END", "VCALENDAR").toString();
    }

    private void events(ICalendarWriter calendar, long posterId, LatestAgreedVersion.Agreed version,
            PosterLabels words) {
        var document = version.document();
        LocalDate yearStart = LocalDate.ofInstant(version.lockedAt(), OsloTime.ZONE).withDayOfYear(1);
        for (var entry : YearPlan.of(document, words).entries()) {
            var meeting = document.meetings().stream().filter(row -> row.rowKey().equals(entry.key())).findFirst();
            var series = Recurrence.of(Frequency.read(entry.frequency()).orElse(null), entry.months());
            if (series.isEmpty()) {
                continue;
            }
            var description = new StringBuilder();
            if (meeting.isPresent()) {
                line(description, words, "calendar.event.purpose", meeting.get().cell(MeetingField.PURPOSE).value());
                line(description, words, "calendar.event.chair",
                        String.join(", ", words.roles(meeting.get().cell(MeetingField.CHAIR).value())));
                line(description, words, "calendar.event.frequency", words.frequency(entry.frequency()));
            } else {
                SectionField.byKey(entry.key()).map(CalendarFeeds::timingOf).ifPresent(timing ->
                        line(description, words, "calendar.event.timing", document.section(timing).value()));
            }
            line(description, words, "calendar.event.months", words.months(entry.months().encode()));
            description.append(words.t("calendar.event.placeholder"));
            LocalDate start = series.get().firstOnOrAfter(yearStart);
            calendar.raw("BEGIN", "VEVENT")
                    .text("UID", entry.key() + "-" + posterId + "@samarbeidsplakaten")
                    .stamp("DTSTAMP", version.lockedAt())
                    .date("DTSTART", start)
                    .date("DTEND", start.plusDays(1))
                    .raw("RRULE", series.get().rule())
                    .text("SUMMARY", entry.name())
                    .text("DESCRIPTION", description.toString())
                    .text("CATEGORIES", words.t("yearplan.ring." + entry.ring().name()))
                    .raw("TRANSP", "TRANSPARENT")
                    .raw("END", "VEVENT");
        }
    }

    private static void osloTimeZone(ICalendarWriter calendar) {
        calendar.raw("BEGIN", "VTIMEZONE").raw("TZID", OsloTime.ZONE.getId())
                .raw("BEGIN", "DAYLIGHT").raw("TZOFFSETFROM", "+0100").raw("TZOFFSETTO", "+0200").raw("TZNAME", "CEST")
                .raw("DTSTART", "19700329T020000").raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .raw("END", "DAYLIGHT")
                .raw("BEGIN", "STANDARD").raw("TZOFFSETFROM", "+0200").raw("TZOFFSETTO", "+0100").raw("TZNAME", "CET")
                .raw("DTSTART", "19701025T030000").raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
                .raw("END", "STANDARD")
                .raw("END", "VTIMEZONE");
    }

    private static SectionField timingOf(SectionField months) {
        return switch (months) {
            case ASSIGNMENT_MONTHS -> SectionField.ASSIGNMENT_TIMING;
            case REPORTING_MONTHS, ANNUAL_REPORT_MONTHS -> SectionField.ALLOCATION_REPORTING;
            default -> SectionField.ALLOCATION_TIMING;
        };
    }

    private static void line(StringBuilder description, PosterLabels words, String key, String value) {
        if (!value.isBlank()) {
            description.append(words.t(key, value.strip())).append('\n');
        }
    }

    private FeedAddress addressOf(CalendarFeed feed) {
        return new FeedAddress(PATH + feed.getToken() + SUFFIX, feed.getCreatedAt(), feed.getCreatedBy());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
