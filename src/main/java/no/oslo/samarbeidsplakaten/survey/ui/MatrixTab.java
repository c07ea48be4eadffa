package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.MeetingPractice;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import org.jspecify.annotations.Nullable;

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
        var table = new HtmlTable("survey-matrix", texts.t("survey.matrix.caption"), headers);
        for (PairPractice pair : survey.pairs()) {
            var name = new StringBuilder(StatusTab.pairLink(pair, texts)).append("<span class=\"survey-pair-note\">")
                    .append(HtmlTable.text(pair.departmentName()));
            if (pair.posterId() == null) {
                name.append("<br>").append(HtmlTable.text(texts.t("choice.PairStatus.NO_POSTER")));
            } else if (!pair.agreed()) {
                name.append("<br>").append(HtmlTable.text(texts.t("survey.fromDraft")));
            }
            name.append("</span>");
            var cells = new ArrayList<String>();
            survey.types().forEach(type -> cells.add(cell(pair.meetingsOf(type.key()), type.name(), texts)));
            cells.add(cell(pair.otherMeetings(), null, texts));
            table.row(name.toString(), cells.toArray(String[]::new));
        }
        add(table.component());
    }

    private static String cell(List<MeetingPractice> meetings, @Nullable String standardName, SurveyTexts texts) {
        if (meetings.isEmpty()) {
            return HtmlTable.text(texts.t("survey.none"));
        }
        var cell = new StringBuilder();
        for (MeetingPractice meeting : meetings) {
            cell.append("<div class=\"survey-meeting\">");
            String heading = texts.heading(meeting);
            if (standardName == null || !heading.equals(standardName)) {
                cell.append("<div class=\"survey-meeting-name\">")
                        .append(HtmlTable.shortened(heading, NAME_LIMIT, texts.t("survey.showAll"), heading))
                        .append("</div>");
            }
            cell.append(HtmlTable.lines(texts.lines(meeting))).append("</div>");
        }
        return cell.toString();
    }
}
