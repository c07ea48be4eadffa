package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;

/** Every pair and where it stands: no poster yet, draft, agreed (which version, when, approved by which roles), overdue. */
class StatusTab extends Div {

    StatusTab(CitySurvey survey, SurveyTexts texts) {
        var table = Tables.table(texts.t("survey.tab.status"), List.of(texts.t("survey.col.agency"),
                texts.t("survey.col.department"), texts.t("survey.col.status"), texts.t("survey.col.agreedAt"),
                texts.t("survey.col.approvedBy"), texts.t("survey.col.nextReview")));
        table.setId("survey-status");
        for (PairPractice pair : survey.pairs()) {
            var status = new Span(texts.status(pair));
            status.addClassNames("survey-status", "survey-status-" + pair.status().name().toLowerCase(java.util.Locale.ROOT));
            Tables.row(table, pairLink(pair, texts), new Span(pair.departmentName()), status,
                    new Span(texts.agreedAt(pair)), new Span(texts.approvers(pair)), new Span(texts.nextReview(pair)));
        }
        add(table);
    }

    /** The pair's name, leading to its poster (the agreed version where there is one). */
    static Component pairLink(PairPractice pair, SurveyTexts texts) {
        String address = pair.address();
        if (address == null) {
            return new Span(pair.agencyName());
        }
        var link = new Anchor(address, pair.agencyName());
        link.getElement().setAttribute("title", texts.t(pair.agreed() ? "survey.openAgreed" : "survey.openDraft",
                pair.agencyName()));
        return link;
    }
}
