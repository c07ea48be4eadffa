package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.SurveyFigures.TermUse;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import org.springframework.dao.DataAccessException;

/**
 * Common terms: every meeting name in use, how many pairs use it and which standard meeting type it counts as. The
 * mayor's office marks a name as another word for a standard type; the pairs using it are then offered the standard
 * term in their editor.
 */
class TermsTab extends Div {

    private static final String NOT_A_SYNONYM = "";

    private final SurveyService surveys;
    private final SurveyTexts texts;
    private final boolean mayMark;
    private final Supplier<CitySurvey> reload;
    private final Div list = new Div();

    TermsTab(CitySurvey survey, SurveyService surveys, SurveyTexts texts, boolean mayMark,
            Supplier<CitySurvey> reload) {
        this.surveys = surveys;
        this.texts = texts;
        this.mayMark = mayMark;
        this.reload = reload;
        add(new Paragraph(texts.t(mayMark ? "survey.terms.leadAdmin" : "survey.terms.lead")), list);
        show(survey);
    }

    private void show(CitySurvey survey) {
        list.removeAll();
        var headers = new ArrayList<>(List.of(texts.t("survey.col.name"), texts.t("survey.col.pairs"),
                texts.t("survey.col.countsAs")));
        if (mayMark) {
            headers.add(texts.t("survey.col.synonym"));
        }
        var table = Tables.table(texts.t("survey.terms.caption"), headers);
        table.setId("survey-terms");
        for (TermUse term : surveys.terms(survey)) {
            var cells = new ArrayList<Component>();
            cells.add(new Span(String.valueOf(term.pairs())));
            cells.add(new Span(countsAs(term, survey)));
            if (mayMark) {
                cells.add(term.standard() ? new Span(texts.t("survey.terms.standard")) : synonymChoice(term, survey));
            }
            Tables.row(table, new Span(term.name()), cells.toArray(Component[]::new));
        }
        list.add(Tables.scrolling(new Div(table), texts.t("survey.terms.caption")));
    }

    private String countsAs(TermUse term, CitySurvey survey) {
        if (term.type() == null) {
            return texts.t("survey.terms.noType");
        }
        String name = survey.typeName(term.type());
        return term.marked() ? texts.t("survey.terms.marked", name) : name;
    }

    private Component synonymChoice(TermUse term, CitySurvey survey) {
        var choice = new Select<String>();
        choice.setAriaLabel(texts.t("survey.terms.synonymFor", term.name()));
        choice.getElement().setAttribute("data-term", term.name());
        var options = new ArrayList<String>();
        options.add(NOT_A_SYNONYM);
        survey.types().forEach(type -> options.add(type.key()));
        choice.setItems(options);
        choice.setItemLabelGenerator(key -> key.isEmpty() ? texts.t("survey.terms.notSynonym") : survey.typeName(key));
        choice.setValue(term.marked() && term.type() != null ? term.type() : NOT_A_SYNONYM);
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    surveys.unmarkSynonym(term.name());
                    notify(texts.t("survey.terms.unmarkedDone", term.name()), false);
                } else {
                    surveys.markSynonym(term.name(), e.getValue());
                    notify(texts.t("survey.terms.markedDone", term.name(), survey.typeName(e.getValue())), false);
                }
            } catch (DomainException refused) {
                notify(texts.t(refused.getMessageKey(), refused.getArguments()), true);
            } catch (DataAccessException conflict) {
                // Another administrator marked the same name at the same moment: show what now holds.
                notify(texts.t("survey.terms.conflict", term.name()), true);
            }
            show(reload.get());
        });
        return choice;
    }

    private static void notify(String message, boolean error) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
