package no.oslo.samarbeidsplakaten.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a poster's calendar feed to calendar clients. The token in the address is the only key, so an unknown or
 * renewed one answers 404 exactly like an address that never existed.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeeds.PATH + "{token}" + CalendarFeeds.SUFFIX)
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(text -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .header("Content-Disposition", "inline; filename=\"samarbeidsplakat.ics\"")
                        .body(text))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
