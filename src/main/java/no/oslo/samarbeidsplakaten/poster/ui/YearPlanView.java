package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.YearPlan;
import no.oslo.samarbeidsplakaten.poster.service.YearWheel;

/**
 * The poster's annual wheel beside the same plan as a table: the table is what a screen reader reads and what the
 * numbers on the wheel refer to. Drawn again as a whole when the poster changes: it is small.
 */
class YearPlanView extends Div {

    private final PosterLabels labels;
    private final Svg wheel = new Svg();
    private final Div table = new Div();
    private final Paragraph empty = new Paragraph();

    YearPlanView(PosterLabels labels) {
        this.labels = labels;
        addClassName("year-plan");
        wheel.addClassName("year-wheel-holder");
        table.addClassName("year-plan-table");
        empty.addClassName("year-plan-empty");
        empty.setText(labels.t("yearplan.empty"));
        add(empty, wheel, table);
    }

    void show(PosterDocument document) {
        var plan = YearPlan.of(document, labels);
        boolean anyPlaced = !plan.placed().isEmpty();
        empty.setVisible(!anyPlaced);
        wheel.setVisible(anyPlaced);
        wheel.setSvg(YearWheel.svg(plan, labels, "arshjul-hjul"));
        table.removeAll();
        table.add(table(plan));
    }

    private NativeTable table(YearPlan plan) {
        var table = new NativeTable();
        table.setCaptionText(labels.t("yearplan.caption"));
        var head = table.getHead().addRow();
        for (String key : new String[] {"yearplan.col.number", "yearplan.col.name", "yearplan.col.ring",
                "yearplan.col.months"}) {
            var th = head.addHeaderCell();
            th.setText(labels.t(key));
            th.getElement().setAttribute("scope", "col");
        }
        int number = 0;
        for (var entry : plan.entries()) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(entry.placed() ? String.valueOf(++number) : "–");
            var name = row.addHeaderCell();
            name.setText(entry.name());
            name.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(labels.t("yearplan.ring." + entry.ring().name()));
            row.addDataCell().setText(entry.placed() ? labels.months(entry.months().encode())
                    : labels.t("yearplan.notPlaced"));
            if (!entry.placed()) {
                row.addClassName("not-placed");
            }
        }
        return table;
    }
}
