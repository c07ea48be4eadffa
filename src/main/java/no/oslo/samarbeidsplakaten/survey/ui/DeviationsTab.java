package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;

/** For each common rule of the template, the pairs that deviate from it, what deviates, and the reason they give. */
class DeviationsTab extends Div {

    static final int REASON_LIMIT = 300;

    DeviationsTab(CitySurvey survey, SurveyTexts texts) {
        long withPoster = survey.pairs().stream().filter(p -> p.posterId() != null).count();
        for (PracticeRule rule : survey.rules()) {
            var deviating = survey.pairs().stream()
                    .flatMap(pair -> pair.deviations().stream().filter(d -> d.rule().key().equals(rule.key()))
                            .map(d -> new Object[] {pair, d}))
                    .toList();
            var section = new Div();
            section.addClassName("survey-rule");
            section.setId("rule-" + rule.key());
            section.add(new H2(rule.text(getLocale())),
                    new Paragraph(texts.t("survey.deviations.count", deviating.size(), withPoster)));
            if (!deviating.isEmpty()) {
                var table = Tables.table(texts.t("survey.deviations.caption", rule.text(getLocale())),
                        List.of(texts.t("survey.col.pair"), texts.t("survey.col.finding"),
                                texts.t("survey.col.reason")));
                for (Object[] line : deviating) {
                    var pair = (PairPractice) line[0];
                    var deviation = (PairPractice.Deviation) line[1];
                    Tables.row(table, StatusTab.pairLink(pair, texts), new Span(texts.findings(deviation)),
                            reason(deviation.reason(), pair, texts));
                }
                section.add(table);
            }
            add(section);
        }
    }

    private static Component reason(String reason, PairPractice pair, SurveyTexts texts) {
        if (reason.isBlank()) {
            var none = new Span(texts.t("practice.noReason"));
            none.addClassName("survey-no-reason");
            return none;
        }
        return new Shortened(reason, REASON_LIMIT, texts.t("survey.reasonOf", pair.agencyName()));
    }
}
