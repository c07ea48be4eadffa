package no.oslo.samarbeidsplakaten.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.EditorContribution;
import no.oslo.samarbeidsplakaten.poster.domain.ReviewState;
import org.springframework.core.annotation.Order;

/**
 * The banner a pair sees on its poster from 30 days before the review date set when the current version was agreed,
 * and after it, until a new version sets a new date.
 */
@org.springframework.stereotype.Component
@Order(40)
class ReviewBannerContribution implements EditorContribution {

    private final Clock clock;

    ReviewBannerContribution(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Part open(Editor editor) {
        var banner = new Div();
        banner.addClassName("review-banner");
        banner.getElement().setAttribute("role", "status");
        Runnable refresh = () -> {
            banner.removeAll();
            var summary = editor.document().summary();
            LocalDate today = LocalDate.now(clock.withZone(OsloTime.ZONE));
            var state = summary.agreedVersion() == null ? ReviewState.NOT_DUE : summary.reviewState(today);
            banner.setVisible(state != ReviewState.NOT_DUE);
            if (state != ReviewState.NOT_DUE) {
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(UI.getCurrent() == null ? Locale.forLanguageTag("nb") : UI.getCurrent().getLocale())
                        .format(summary.nextReview());
                banner.getElement().setAttribute("data-state", state.name());
                banner.add(VaadinIcon.CALENDAR_CLOCK.create(), new Span(banner.getTranslation(
                        "review.banner." + state.name(), date, ChronoUnit.DAYS.between(today, summary.nextReview()))));
            }
        };
        refresh.run();
        return new Part() {
            @Override
            public List<Component> bars() {
                return List.of(banner);
            }

            @Override
            public void onLive(LiveEvent event) {
                refresh.run();
            }
        };
    }
}
