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
    private YearWheel.Type type = YearWheel.Type.REGULAR;

    YearPlanView(PosterLabels labels) {
        this.labels = labels;
        addClassName("year-plan");
        wheel.addClassName("year-wheel-holder");
        table.addClassName("year-plan-table");
        empty.addClassName("year-plan-empty");
        empty.setText(labels.t("yearplan.empty"));
        add(empty, wheel, table);
    }

    /** Large type, for a projector. */
    void largeType(PosterDocument document) {
        type = YearWheel.Type.LARGE;
        addClassName("large-type");
        show(document);
    }

    void show(PosterDocument document) {
        var plan = YearPlan.of(document, labels);
        boolean anyPlaced = !plan.placed().isEmpty();
        empty.setVisible(!anyPlaced);
        wheel.setVisible(anyPlaced);
        wheel.setSvg(YearWheel.svg(plan, labels, "arshjul-hjul", type));
        table.removeAll();
        table.add(table(plan));
    }

    /** One group of rows per ring, as on the wheel; a row's number is its mark's. */
    private NativeTable table(YearPlan plan) {
        var table = new NativeTable();
        table.setCaptionText(labels.t("yearplan.caption"));
        var head = table.getHead().addRow();
        for (String key : new String[] {"yearplan.col.number", "yearplan.col.name", "yearplan.col.months"}) {
            var th = head.addHeaderCell();
            th.setText(labels.t(key));
            th.getElement().setAttribute("scope", "col");
        }
        for (var ring : YearPlan.Ring.values()) {
            var group = table.addBody();
            var ringRow = group.addRow();
            ringRow.addClassName("ring");
            var ringHeader = ringRow.addHeaderCell();
            ringHeader.setText(labels.t("yearplan.ring." + ring.name()));
            ringHeader.getElement().setAttribute("scope", "rowgroup");
            ringHeader.getElement().setAttribute("colspan", "3");
            for (var entry : plan.of(ring)) {
                var row = group.addRow();
                int number = plan.numberOf(entry);
                row.addDataCell().setText(number == 0 ? "–" : String.valueOf(number));
                var name = row.addHeaderCell();
                name.setText(entry.name());
                name.getElement().setAttribute("scope", "row");
                row.addDataCell().setText(entry.placed() ? labels.months(entry.months().encode())
                        : labels.t("yearplan.notPlaced"));
                if (!entry.placed()) {
                    row.addClassName("not-placed");
                }
            }
        }
        return table;
    }
}
