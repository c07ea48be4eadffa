package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;

/** The poster's title band: "Sånn gjør vi det her", the pair, and where the poster is in its life. */
class PosterTitle extends Div {

    PosterTitle(PosterDocument document, PosterLabels labels) {
        addClassName("poster-title");
        var summary = document.summary();
        var kicker = new Span(labels.t("poster.kicker"));
        kicker.addClassName("kicker");
        var title = new H1(labels.t("poster.title", summary.departmentName(), summary.agencyName()));
        var status = new Span(labels.choice(summary.status()));
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", summary.status().name());
        var changed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Oslo"))
                .format(summary.lastChangedAt());
        var meta = new Paragraph(status, new Span(labels.t("poster.meta", document.template().name(),
                document.template().version(), changed)));
        meta.addClassName("poster-meta");
        add(kicker, title, meta);
    }
}
