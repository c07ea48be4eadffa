package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.MeetingMatrix;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/**
 * The poster as a reader sees it: the same sections as the editor, no editors. The meeting matrix is a real table with
 * the meetings as columns and their attributes as rows. All user text is set as text, never as markup.
 */
public class PosterReadSheet extends Div {

    private final PosterDocument document;
    private final PosterLabels labels;

    public PosterReadSheet(PosterDocument document, PosterLabels labels) {
        this.document = document;
        this.labels = labels;
        addClassNames("poster-sheet", "read-only");
        add(new PosterTitle(document, labels),
                new PosterSection("formal", labels.t("section.purpose"), null,
                        paragraphs(document.section(SectionField.PURPOSE).value()),
                        bullets(document.principles())),
                documents(),
                new PosterSection("motene", labels.t("section.meetings"), null, matrix()),
                new PosterSection("styringssignaler", labels.t("section.signals"), null,
                        paragraphs(document.section(SectionField.SIGNALS).value())),
                commitments(),
                reflection());
    }

    private Component documents() {
        var columns = new Div(
                documentCard("documents.allocation", SectionField.ALLOCATION_TIMING,
                        SectionField.ALLOCATION_INVOLVEMENT, SectionField.ALLOCATION_REPORTING),
                documentCard("documents.assignment", SectionField.ASSIGNMENT_TIMING,
                        SectionField.ASSIGNMENT_INVOLVEMENT, SectionField.ASSIGNMENT_REPORTING));
        columns.addClassName("two-columns");
        return new PosterSection("styringsdokumenter", labels.t("section.documents"), null, columns);
    }

    private Component documentCard(String titleKey, SectionField... fields) {
        var card = new Div(new H3(labels.t(titleKey)));
        card.addClassName("document-card");
        for (SectionField field : fields) {
            var label = new Span(labels.t("field." + field.key()));
            label.addClassName("field-label");
            card.add(label, paragraphs(document.section(field).value()));
        }
        return card;
    }

    private Component matrix() {
        List<Row> meetings = document.meetings();
        var table = new NativeTable();
        table.addClassName("meeting-matrix");
        table.setCaptionText(labels.t("matrix.caption"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(labels.t("matrix.attribute"));
        for (Row meeting : meetings) {
            var th = head.addHeaderCell();
            th.setText(meeting.cell(MeetingField.NAME).value());
            th.getElement().setAttribute("scope", "col");
        }
        var body = table.getBody();
        for (var attribute : MeetingMatrix.attributes(labels)) {
            var row = body.addRow();
            if (attribute.textOnly()) {
                row.addClassName("text-row");
            }
            var th = row.addHeaderCell();
            th.setText(labels.t(attribute.labelKey()));
            th.getElement().setAttribute("scope", "row");
            for (Row meeting : meetings) {
                var td = row.addDataCell();
                for (String line : attribute.linesOf(meeting)) {
                    var part = new Div();
                    part.setText(line);
                    part.addClassName("cell-part");
                    td.add(part);
                }
            }
        }
        var scroller = new Div(table);
        scroller.addClassName("matrix-scroller");
        return scroller;
    }

    private Component commitments() {
        var columns = new Div(commitmentList("commitments.department", RowList.DEPARTMENT_COMMITMENTS),
                commitmentList("commitments.agency", RowList.AGENCY_COMMITMENTS));
        columns.addClassName("two-columns");
        return new PosterSection("forpliktelser", labels.t("section.commitments"), null, columns);
    }

    private Component commitmentList(String titleKey, RowList side) {
        var list = new UnorderedList();
        for (Row row : document.rows(side)) {
            list.add(new ListItem(row.cell(RowList.COMMITMENT_TEXT).value()));
        }
        var box = new Div(new H3(labels.t(titleKey)), list);
        box.addClassName("commitment-list");
        return box;
    }

    private Component reflection() {
        var notes = new Div();
        for (var question : document.template().reflectionQuestions()) {
            var q = new H3(question.text(getLocale()));
            q.addClassName("question");
            String answer = document.reflection(question.key()).value();
            notes.add(q, answer.isBlank() ? new Paragraph(labels.t("reflection.noAnswer")) : paragraphs(answer));
        }
        var details = new Details(labels.t("section.reflection"), notes);
        details.setId("refleksjon");
        details.addClassName("reflection");
        return details;
    }

    private static Component paragraphs(String text) {
        var box = new Div();
        box.addClassName("text-block");
        box.setText(text);
        return box;
    }

    private static Component bullets(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
