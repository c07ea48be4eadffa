package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate.ReflectionQuestion;

/** The answers of every pair to one reflection question of the template, side by side. */
class ReflectionTab extends Div {

    static final int ANSWER_LIMIT = 400;

    private final CitySurvey survey;
    private final SurveyTexts texts;
    private final Div answers = new Div();

    ReflectionTab(CitySurvey survey, SurveyTexts texts) {
        this.survey = survey;
        this.texts = texts;
        var question = new Select<ReflectionQuestion>();
        question.setLabel(texts.t("survey.reflection.question"));
        question.setItems(survey.questions());
        question.setItemLabelGenerator(q -> q.text(getLocale()));
        question.addClassName("survey-question");
        question.setWidthFull();
        question.addValueChangeListener(e -> show(e.getValue()));
        add(question, answers);
        if (!survey.questions().isEmpty()) {
            question.setValue(survey.questions().getFirst());
        }
    }

    private void show(ReflectionQuestion question) {
        answers.removeAll();
        var table = new HtmlTable("survey-reflection", question.text(getLocale()),
                List.of(texts.t("survey.col.pair"), texts.t("survey.col.answer")));
        for (PairPractice pair : survey.pairs()) {
            if (pair.posterId() == null) {
                continue;
            }
            String answer = pair.reflections().getOrDefault(question.key(), "");
            table.row(StatusTab.pairLink(pair, texts), answer.isBlank()
                    ? HtmlTable.text(texts.t("reflection.noAnswer"))
                    : HtmlTable.shortened(answer, ANSWER_LIMIT, texts.t("survey.showAll"),
                            texts.t("survey.answerOf", pair.agencyName())));
        }
        answers.add(table.component());
    }
}
