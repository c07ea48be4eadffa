package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Real HTML tables, with a caption and header cells a screen reader announces. */
final class Tables {

    private Tables() {
    }

    /**
     * A table wider than a narrow screen scrolls sideways within itself, not the page; the region takes the keyboard
     * focus so the arrow keys can scroll it.
     */
    static Div scrolling(Div holder, String label) {
        holder.addClassName("survey-scroll");
        holder.getElement().setAttribute("tabindex", "0");
        // A group, not a landmark: the section around it is the region, with the same name.
        holder.getElement().setAttribute("role", "group");
        holder.getElement().setAttribute("aria-label", label);
        return holder;
    }

    static NativeTable table(String caption, List<String> headers) {
        var table = new NativeTable();
        table.addClassName("survey-table");
        table.setCaptionText(caption);
        var row = table.getHead().addRow();
        for (String header : headers) {
            row.addHeaderCell().setText(header);
        }
        row.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        table.addBody();
        return table;
    }

    /** A row whose first cell names it (a header cell for the row), then data cells. */
    static NativeTableRow row(NativeTable table, Component rowHeader, Component... cells) {
        var row = table.getBody().addRow();
        var header = row.addHeaderCell();
        header.add(rowHeader);
        header.getElement().setAttribute("scope", "row");
        for (Component cell : cells) {
            row.addDataCell().add(cell);
        }
        return row;
    }
}
