package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Apache ECharts (free, Apache-2.0) from an option the server builds. It is a picture
 * for sighted readers only: every chart stands next to a table of the same figures.
 */
@Tag("survey-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./survey-chart.ts")
class SurveyChart extends Component implements com.vaadin.flow.component.HasSize {

    SurveyChart(String optionJson) {
        addClassName("survey-chart");
        getElement().setProperty("option", optionJson);
    }
}
