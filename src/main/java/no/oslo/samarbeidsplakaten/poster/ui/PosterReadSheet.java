package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;

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
                        bullets(document.section(SectionField.PRINCIPLES).value())),
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
        addRow(body.addRow(), "meeting.field.formality", meetings,
                m -> List.of(labels.choice(CellKind.FORMALITY, value(m, MeetingField.FORMALITY))));
        addTextRow(body.addRow(), "meeting.field.purpose", meetings, m -> List.of(value(m, MeetingField.PURPOSE)));
        addRow(body.addRow(), "meeting.field.frequency", meetings,
                m -> List.of(labels.frequency(value(m, MeetingField.FREQUENCY)),
                        value(m, MeetingField.FREQUENCY_NOTE)));
        addRow(body.addRow(), "meeting.field.chair", meetings,
                m -> withNote(String.join(", ", labels.roles(value(m, MeetingField.CHAIR))), m,
                        MeetingField.CHAIR_NOTE));
        addRow(body.addRow(), "meeting.field.departmentParticipants", meetings,
                m -> withNote(String.join(", ", labels.roles(value(m, MeetingField.DEPARTMENT_PARTICIPANTS))), m,
                        MeetingField.DEPARTMENT_PARTICIPANTS_NOTE));
        addRow(body.addRow(), "meeting.field.agencyParticipants", meetings,
                m -> withNote(String.join(", ", labels.roles(value(m, MeetingField.AGENCY_PARTICIPANTS))), m,
                        MeetingField.AGENCY_PARTICIPANTS_NOTE));
        addRow(body.addRow(), "meeting.field.politicalRole", meetings,
                m -> withNote(labels.choice(CellKind.POLITICAL_ROLE, value(m, MeetingField.POLITICAL_ROLE)), m,
                        MeetingField.POLITICAL_ROLE_NOTE));
        addTextRow(body.addRow(), "meeting.field.agenda", meetings, m -> List.of(value(m, MeetingField.AGENDA)));
        addRow(body.addRow(), "meeting.field.documentation", meetings, this::documentation);
        addRow(body.addRow(), "meeting.field.publicity", meetings,
                m -> withNote(labels.choice(CellKind.PUBLICITY, value(m, MeetingField.PUBLICITY)), m,
                        MeetingField.PUBLICITY_NOTE));
        addRow(body.addRow(), "meeting.field.archive", meetings,
                m -> withNote(labels.choice(CellKind.ARCHIVE, value(m, MeetingField.ARCHIVE)), m,
                        MeetingField.ARCHIVE_NOTE));
        addTextRow(body.addRow(), "meeting.field.steeringSignals", meetings,
                m -> List.of(value(m, MeetingField.STEERING_SIGNALS)));
        var scroller = new Div(table);
        scroller.addClassName("matrix-scroller");
        return scroller;
    }

    private List<String> documentation(Row meeting) {
        var parts = new ArrayList<String>();
        String kind = labels.choice(CellKind.DOCUMENTATION_KIND, value(meeting, MeetingField.DOCUMENTATION));
        String drafter = labels.choice(CellKind.DRAFTER, value(meeting, MeetingField.DOCUMENTATION_DRAFTER));
        String commentRound = value(meeting, MeetingField.DOCUMENTATION_COMMENT_ROUND);
        parts.add(kind);
        if (!drafter.isEmpty()) {
            parts.add(labels.t("matrix.drafter", drafter));
        }
        if (!commentRound.isEmpty()) {
            parts.add(labels.t("matrix.commentRound." + commentRound));
        }
        parts.add(value(meeting, MeetingField.DOCUMENTATION_NOTE));
        return parts;
    }

    private static List<String> withNote(String structured, Row meeting, MeetingField note) {
        return List.of(structured, value(meeting, note));
    }

    private static String value(Row meeting, MeetingField field) {
        return meeting.cell(field).value();
    }

    /** A row of free text only: no structured value to set off from its note. */
    private void addTextRow(NativeTableRow row, String labelKey, List<Row> meetings,
            Function<Row, List<String>> parts) {
        addRow(row, labelKey, meetings, parts);
        row.addClassName("text-row");
    }

    private void addRow(NativeTableRow row, String labelKey, List<Row> meetings, Function<Row, List<String>> parts) {
        var th = row.addHeaderCell();
        th.setText(labels.t(labelKey));
        th.getElement().setAttribute("scope", "row");
        for (Row meeting : meetings) {
            var td = row.addDataCell();
            for (String part : parts.apply(meeting)) {
                if (!part.isBlank()) {
                    var line = new Div();
                    line.setText(part);
                    line.addClassName("cell-part");
                    td.add(line);
                }
            }
        }
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

    private static Component bullets(String lines) {
        var list = new UnorderedList();
        Arrays.stream(lines.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> list.add(new ListItem(l)));
        return list;
    }
}
