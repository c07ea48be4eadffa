package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.SurveyFigures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pictures where a reader would rather look than read: formal meetings a year per pair, the share of pairs with
 * minutes per meeting type, and political leadership's part. Each chart has a table of the same figures beside it,
 * which is what a screen reader reads.
 */
class PicturesTab extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BAR = "#1F42AA";

    PicturesTab(CitySurvey survey, SurveyTexts texts) {
        addClassName("survey-pictures");
        String other = texts.t("survey.col.other");

        var perPair = SurveyFigures.formalMeetingsPerYear(survey);
        var meetingsTable = new HtmlTable("figures-formal", texts.t("survey.chart.formal"),
                List.of(texts.t("survey.col.pair"), texts.t("survey.col.perYear"), texts.t("survey.col.withoutNumber")));
        perPair.forEach(p -> meetingsTable.row(HtmlTable.text(p.agency()), String.valueOf(p.perYear()),
                String.valueOf(p.withoutNumber())));
        section("formal", texts.t("survey.chart.formal"), texts.t("survey.chart.formal.lead"),
                bars(perPair.stream().map(SurveyFigures.PairMeetings::agency).toList(),
                        perPair.stream().map(p -> (Number) p.perYear()).toList(), texts.t("survey.col.perYear"), false),
                meetingsTable);

        var minutes = SurveyFigures.minutesByType(survey, other);
        var minutesTable = new HtmlTable("figures-minutes", texts.t("survey.chart.minutes"),
                List.of(texts.t("survey.col.type"), texts.t("survey.col.pairsWithType"),
                        texts.t("survey.col.withMinutes"), texts.t("survey.col.share")));
        minutes.forEach(s -> minutesTable.row(HtmlTable.text(s.label()), String.valueOf(s.pairs()),
                String.valueOf(s.doing()), s.percent() + " %"));
        section("minutes", texts.t("survey.chart.minutes"), texts.t("survey.chart.minutes.lead"),
                bars(minutes.stream().map(SurveyFigures.TypeShare::label).toList(),
                        minutes.stream().map(s -> (Number) s.percent()).toList(), texts.t("survey.col.share"), true),
                minutesTable);

        var political = SurveyFigures.politicalInvolvement(survey, other);
        var headers = new ArrayList<String>();
        headers.add(texts.t("survey.col.type"));
        for (PoliticalRole role : PoliticalRole.values()) {
            headers.add(texts.t(role.messageKey()));
        }
        var politicalTable = new HtmlTable("figures-political", texts.t("survey.chart.political"), headers);
        political.forEach(p -> politicalTable.row(HtmlTable.text(p.label()), java.util.Arrays.stream(
                PoliticalRole.values()).map(role -> String.valueOf(p.meetings().get(role))).toArray(String[]::new)));
        section("political", texts.t("survey.chart.political"), texts.t("survey.chart.political.lead"),
                stacked(political, texts), politicalTable);
    }

    private void section(String id, String title, String lead, SurveyChart chart, HtmlTable table) {
        var heading = new H2(title);
        heading.setId("chart-" + id + "-title");
        var section = new Section(heading, new Paragraph(lead), chart, table.component());
        section.addClassName("survey-chart-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(section);
    }

    /** Horizontal bars, one per category, the first category at the top. */
    private static SurveyChart bars(List<String> categories, List<Number> values, String valueName, boolean percent) {
        var option = new LinkedHashMap<String, Object>();
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 24, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        var valueAxis = new LinkedHashMap<String, Object>();
        valueAxis.put("type", "value");
        if (percent) {
            valueAxis.put("max", 100);
            valueAxis.put("axisLabel", Map.of("formatter", "{value} %"));
        }
        option.put("xAxis", valueAxis);
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", categories,
                "axisLabel", Map.of("width", 220, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "name", valueName, "data", values,
                "itemStyle", Map.of("color", BAR), "label", Map.of("show", true, "position", "right",
                        "formatter", percent ? "{c} %" : "{c}"))));
        return chart(option, categories.size());
    }

    /** Political leadership's part per meeting type, as stacked bars of meetings. */
    private static SurveyChart stacked(List<SurveyFigures.PoliticalInvolvement> rows, SurveyTexts texts) {
        var option = new LinkedHashMap<String, Object>();
        option.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 24, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", rows.stream().map(SurveyFigures.PoliticalInvolvement::label).toList()));
        var series = new ArrayList<Map<String, Object>>();
        for (PoliticalRole role : PoliticalRole.values()) {
            series.add(Map.of("type", "bar", "stack", "meetings", "name", texts.t(role.messageKey()),
                    "itemStyle", Map.of("color", SurveyFigures.ROLE_COLOURS.get(role), "borderColor", "#ffffff",
                            "borderWidth", 1),
                    "data", rows.stream().map(r -> r.meetings().get(role)).toList()));
        }
        option.put("series", series);
        return chart(option, rows.size());
    }

    private static SurveyChart chart(Map<String, Object> option, int categories) {
        var chart = new SurveyChart(JSON.writeValueAsString(option));
        chart.setHeight(Math.max(240, 56 + 28 * categories) + "px");
        return chart;
    }
}
