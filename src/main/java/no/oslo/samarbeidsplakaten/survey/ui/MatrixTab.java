package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.MeetingPractice;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;

/**
 * The practice matrix: a row per pair, a column per standard meeting type and one for meetings of no standard type;
 * each cell the meeting's frequency, chair, political leadership's part, minutes and publicity.
 */
class MatrixTab extends Div {

    /** Meeting names longer than this are shortened in a cell; the whole name is a click away. */
    static final int NAME_LIMIT = 60;

    MatrixTab(CitySurvey survey, SurveyTexts texts) {
        var headers = new ArrayList<String>();
        headers.add(texts.t("survey.col.pair"));
        survey.types().forEach(type -> headers.add(type.name()));
        headers.add(texts.t("survey.col.other"));
        var table = Tables.table(texts.t("survey.matrix.caption"), headers);
        table.setId("survey-matrix");
        table.addClassName("survey-matrix");
        for (PairPractice pair : survey.pairs()) {
            var pairName = new Div(StatusTab.pairLink(pair, texts), new Span(pair.departmentName()));
            pairName.addClassName("survey-pair");
            if (pair.posterId() == null) {
                pairName.add(new Span(texts.t("choice.PairStatus.NO_POSTER")));
            } else if (!pair.agreed()) {
                pairName.add(new Span(texts.t("survey.fromDraft")));
            }
            var cells = new ArrayList<Component>();
            survey.types().forEach(type -> cells.add(cell(pair.meetingsOf(type.key()), type.name(), texts)));
            cells.add(cell(pair.otherMeetings(), null, texts));
            Tables.row(table, pairName, cells.toArray(Component[]::new));
        }
        var scroller = new Div(table);
        scroller.addClassName("survey-scroll");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", texts.t("survey.matrix.caption"));
        add(scroller);
    }

    private static Component cell(List<MeetingPractice> meetings, String standardName, SurveyTexts texts) {
        var cell = new Div();
        cell.addClassName("survey-cell");
        if (meetings.isEmpty()) {
            cell.add(new Span(texts.t("survey.none")));
            cell.addClassName("survey-cell-empty");
            return cell;
        }
        for (MeetingPractice meeting : meetings) {
            var block = new Div();
            block.addClassName("survey-meeting");
            String heading = texts.heading(meeting);
            if (standardName == null || !heading.equals(standardName)) {
                var name = new Shortened(heading, NAME_LIMIT, heading);
                name.addClassName("survey-meeting-name");
                block.add(name);
            }
            var lines = new UnorderedList();
            texts.lines(meeting).forEach(line -> lines.add(new ListItem(line)));
            block.add(lines);
            cell.add(block);
        }
        return cell;
    }
}
