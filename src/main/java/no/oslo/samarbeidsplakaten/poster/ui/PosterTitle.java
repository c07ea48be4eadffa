package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import org.jspecify.annotations.Nullable;

/** The poster's title band: "Sånn gjør vi det her", the pair, and where the poster is in its life. */
class PosterTitle extends Div {

    private final PosterLabels labels;
    private final String templateName;
    private final int templateVersion;
    private final Paragraph meta = new Paragraph();
    private Component heading;
    private @Nullable String shownStatus;
    private @Nullable String shownMeta;

    PosterTitle(PosterDocument document, PosterLabels labels) {
        this.labels = labels;
        this.templateName = document.template().name();
        this.templateVersion = document.template().version();
        addClassName("poster-title");
        var summary = document.summary();
        var kicker = new Span(labels.t("poster.kicker"));
        kicker.addClassName("kicker");
        heading = new H1(labels.t("poster.title", summary.departmentName(), summary.agencyName()));
        meta.addClassName("poster-meta");
        add(kicker, heading, meta);
        update(summary);
    }

    /** Under a page heading of its own (e.g. a version's): the poster's title becomes a second-level heading. */
    void underPageHeading() {
        if (heading instanceof H1 first) {
            var second = new H2(first.getText());
            second.addClassName("poster-heading");
            replace(first, second);
            heading = second;
        }
    }

    /** Shows where the poster now is: draft or agreed version, and when it last changed. */
    void update(PosterSummary summary) {
        String statusText = summary.status() == PosterStatus.AGREED && summary.agreedVersion() != null
                ? labels.t("poster.agreedVersion", summary.agreedVersion()) : labels.choice(summary.status());
        var changed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(OsloTime.ZONE)
                .format(summary.lastChangedAt());
        String metaText = labels.t("poster.meta", templateName, templateVersion, changed);
        // Every saved edit in the room comes here; most change neither line, and an unchanged page costs no browser
        // anything.
        if (statusText.equals(shownStatus) && metaText.equals(shownMeta)) {
            return;
        }
        shownStatus = statusText;
        shownMeta = metaText;
        var status = new Span(statusText);
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", summary.status().name());
        meta.removeAll();
        meta.add(status, new Span(metaText));
    }
}
