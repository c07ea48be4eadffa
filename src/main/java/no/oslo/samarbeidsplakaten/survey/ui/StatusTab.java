package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;

/** Every pair and where it stands: no poster yet, draft, agreed (which version, when, approved by which roles), overdue. */
class StatusTab extends Div {

    StatusTab(CitySurvey survey, SurveyTexts texts) {
        var table = new HtmlTable("survey-status", texts.t("survey.tab.status"), List.of(texts.t("survey.col.agency"),
                texts.t("survey.col.department"), texts.t("survey.col.status"), texts.t("survey.col.agreedAt"),
                texts.t("survey.col.approvedBy"), texts.t("survey.col.nextReview")));
        for (PairPractice pair : survey.pairs()) {
            String status = "<span class=\"survey-status survey-status-"
                    + pair.status().name().toLowerCase(Locale.ROOT) + "\">" + HtmlTable.text(texts.status(pair))
                    + "</span>";
            table.row(pairLink(pair, texts), HtmlTable.text(pair.departmentName()), status,
                    HtmlTable.text(texts.agreedAt(pair)), HtmlTable.text(texts.approvers(pair)),
                    HtmlTable.text(texts.nextReview(pair)));
        }
        add(table.component());
    }

    /** The pair's name, leading to its poster (the agreed version where there is one), as HTML. */
    static String pairLink(PairPractice pair, SurveyTexts texts) {
        String address = pair.address();
        if (address == null) {
            return HtmlTable.text(pair.agencyName());
        }
        return HtmlTable.link(address, pair.agencyName(),
                texts.t(pair.agreed() ? "survey.openAgreed" : "survey.openDraft", pair.agencyName()));
    }
}
