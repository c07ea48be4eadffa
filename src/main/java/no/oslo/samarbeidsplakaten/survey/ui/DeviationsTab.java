package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;

/** For each common rule of the template, the pairs that deviate from it, what deviates, and the reason they give. */
class DeviationsTab extends Div {

    static final int REASON_LIMIT = 300;

    DeviationsTab(CitySurvey survey, SurveyTexts texts) {
        long withPoster = survey.pairs().stream().filter(p -> p.posterId() != null).count();
        for (PracticeRule rule : survey.rules()) {
            var section = new Div();
            section.addClassName("survey-rule");
            section.setId("rule-" + rule.key());
            var table = new HtmlTable("deviations-" + rule.key(),
                    texts.t("survey.deviations.caption", rule.text(getLocale())),
                    List.of(texts.t("survey.col.pair"), texts.t("survey.col.finding"), texts.t("survey.col.reason")));
            int deviating = 0;
            for (PairPractice pair : survey.pairs()) {
                for (var deviation : pair.deviations()) {
                    if (deviation.rule().key().equals(rule.key())) {
                        deviating++;
                        table.row(StatusTab.pairLink(pair, texts), HtmlTable.text(texts.findings(deviation)),
                                reason(deviation, pair, texts));
                    }
                }
            }
            section.add(new H2(rule.text(getLocale())),
                    new Paragraph(texts.t("survey.deviations.count", deviating, withPoster)));
            if (deviating > 0) {
                section.add(table.component());
            }
            add(section);
        }
    }

    private static String reason(PairPractice.Deviation deviation, PairPractice pair, SurveyTexts texts) {
        String reason = deviation.reasonInWords(texts);
        if (deviation.reason().isBlank()) {
            return "<span class=\"survey-no-reason\">" + HtmlTable.text(texts.t("practice.noReason")) + "</span>";
        }
        return HtmlTable.shortened(reason, REASON_LIMIT, texts.t("survey.showAll"),
                texts.t("survey.reasonOf", pair.agencyName()));
    }
}
