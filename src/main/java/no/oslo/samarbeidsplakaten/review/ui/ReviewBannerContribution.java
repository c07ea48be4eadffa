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
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
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
        var banner = new ReviewBanner();
        Runnable refresh = () -> banner.show(editor.document().summary(), LocalDate.now(clock.withZone(OsloTime.ZONE)));
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

    /** A status region: rebuilt only when its words change, as a screen reader reads it out each time it is. */
    private static final class ReviewBanner extends Div {

        private String shown;

        ReviewBanner() {
            addClassName("review-banner");
            getElement().setAttribute("role", "status");
        }

        void show(PosterSummary summary, LocalDate today) {
            var state = summary.agreedVersion() == null ? ReviewState.NOT_DUE : summary.reviewState(today);
            Locale locale = UI.getCurrent() == null ? Locale.forLanguageTag("nb") : UI.getCurrent().getLocale();
            String text = state == ReviewState.NOT_DUE ? "" : getTranslation("review.banner." + state.name(),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                            .format(summary.nextReview()),
                    ChronoUnit.DAYS.between(today, summary.nextReview()));
            if (text.equals(shown)) {
                return;
            }
            shown = text;
            removeAll();
            setVisible(!text.isEmpty());
            if (!text.isEmpty()) {
                getElement().setAttribute("data-state", state.name());
                add(VaadinIcon.CALENDAR_CLOCK.create(), new Span(text));
            }
        }
    }
}
