package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.service.MeetingPractice;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.SurveyFigures;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService;

/**
 * An agency's view of the kartlegging: its own pair's practice next to the city's typical practice per meeting type
 * (figures across all pairs), and its own deviations with its reasons. It names no other agency.
 */
class AgencyComparison extends Div {

    AgencyComparison(SurveyService surveys, SurveyTexts texts) {
        addClassName("survey-agency");
        var own = surveys.ownPair();
        add(new Paragraph(texts.t("survey.agency.lead")));
        if (own.isEmpty() || own.get().posterId() == null) {
            add(new Paragraph(texts.t("survey.agency.noPoster")));
        }
        var pair = own.orElse(null);
        if (pair != null) {
            var status = new Paragraph();
            status.add(new Span(texts.t("survey.agency.status") + " "));
            if (pair.address() != null) {
                status.add(new Anchor(pair.address(), pair.agencyName()));
            } else {
                status.add(new Span(pair.agencyName()));
            }
            status.add(new Span(": " + texts.status(pair)));
            add(status);
        }
        var table = new HtmlTable("survey-agency", texts.t("survey.agency.caption"), List.of(
                texts.t("survey.col.type"), texts.t("survey.agency.ours"), texts.t("survey.agency.medianPerYear"),
                texts.t("survey.agency.minutesShare"), texts.t("survey.agency.politicalShare"),
                texts.t("survey.agency.pairs")));
        for (SurveyFigures.Typical typical : surveys.typicalPractice()) {
            List<MeetingPractice> meetings = pair == null ? List.of() : pair.meetingsOf(typical.type());
            var ours = new StringBuilder();
            if (meetings.isEmpty()) {
                ours.append(HtmlTable.text(texts.t("survey.none")));
            }
            meetings.forEach(meeting -> ours.append(HtmlTable.lines(texts.lines(meeting))));
            if (typical.isWithheld()) {
                String few = HtmlTable.text(texts.t("survey.agency.tooFew"));
                table.row(HtmlTable.text(typical.label()), ours.toString(), few, few, few,
                        String.valueOf(typical.pairs()));
            } else {
                table.row(HtmlTable.text(typical.label()), ours.toString(),
                        HtmlTable.text(texts.perYear(typical.medianPerYear())), typical.minutesPercent() + " %",
                        typical.politicalPercent() + " %", String.valueOf(typical.pairs()));
            }
        }
        add(new H2(texts.t("survey.agency.compareTitle")), table.component());
        if (pair != null && pair.posterId() != null) {
            add(new H2(texts.t("survey.tab.deviations")));
            if (pair.deviations().isEmpty()) {
                add(new Paragraph(texts.t("practice.none")));
            }
            for (var deviation : pair.deviations()) {
                var box = new Div(new H3(deviation.rule().text(getLocale())), new Paragraph(texts.findings(deviation)),
                        new Paragraph(deviation.reason().isBlank() ? texts.t("practice.noReason")
                                : texts.t("field.reason") + ": " + deviation.reasonInWords(texts)));
                box.addClassName("survey-rule");
                add(box);
            }
        }
    }
}
