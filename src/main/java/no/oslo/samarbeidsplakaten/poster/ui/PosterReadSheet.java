package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.MeetingMatrix;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PracticeCheck;
import org.springframework.modulith.NamedInterface;

/**
 * The poster as a reader sees it: the same sections as the editor, no editors. The meeting matrix is a real table with
 * the meetings as columns and their attributes as rows. All user text is set as text, never as markup. On the projector
 * it follows the workshop live: a committed change or what somebody is typing updates only the text it concerns.
 */
@NamedInterface("views")
public class PosterReadSheet extends Div {

    private static final java.util.Set<String> YEAR_PLAN_FIELDS = java.util.Set.of(MeetingField.NAME.key(),
            MeetingField.FORMALITY.key(), MeetingField.FREQUENCY.key(), MeetingField.MONTHS.key());

    private PosterDocument document;
    private final PosterLabels labels;
    private final PosterTitle title;
    /** The text on the sheet of each cell that has a place of its own: sections, principles, commitments. */
    private final Map<Long, Component> cellTexts = new HashMap<>();
    /** Per meeting row: its header cell, then one table cell per matrix attribute. */
    private final Map<Long, List<Component>> meetingColumns = new HashMap<>();
    /** Per meeting row: its block in the stacked list that narrow screens show instead of the matrix. */
    private final Map<Long, Div> meetingStacks = new HashMap<>();
    private final Div matrixHolder = new Div();
    private final Div commitmentsHolder = new Div();
    private final YearPlanView yearPlan;

    public PosterReadSheet(PosterDocument document, PosterLabels labels) {
        this.document = document;
        this.labels = labels.withRolesOf(document.template());
        addClassNames("poster-sheet", "read-only");
        title = new PosterTitle(document, this.labels);
        matrixHolder.add(matrix());
        commitmentsHolder.add(commitmentColumns());
        yearPlan = new YearPlanView(this.labels);
        yearPlan.show(document);
        add(title,
                new PosterSection("formal", labels.sectionTitle(document.template(), "purpose"), null,
                        sectionText(SectionField.PURPOSE), principles()),
                documents(),
                new PosterSection("motene", labels.sectionTitle(document.template(), "meetings"), null, matrixHolder),
                new PosterSection("arshjul", labels.t("yearplan.section"), labels.t("yearplan.intro"), yearPlan),
                new PosterSection("styringssignaler", labels.sectionTitle(document.template(), "signals"), null,
                        sectionText(SectionField.SIGNALS)),
                new PosterSection("forpliktelser", labels.sectionTitle(document.template(), "commitments"), null,
                        commitmentsHolder),
                reflection());
    }

    /** Large type where it is drawn rather than set, for a projector: the annual wheel. */
    public void largeType() {
        yearPlan.largeType(document);
    }

    /** The sheet shown under a page heading of its own: its title is a second-level heading. */
    public void underPageHeading() {
        title.underPageHeading();
    }

    /** A change somebody committed to a cell: only its text on the sheet changes. */
    public void applyCell(long cellId, String value, long revision, Instant changedAt) {
        document = document.withCell(cellId, value, revision, changedAt);
        title.update(document.summary());
        showCell(cellId, document, null);
        if (inYearPlan(cellId)) {
            yearPlan.show(document);
        }
    }

    /** Whether the annual wheel is drawn from a cell: a meeting's name, kind or months, or a document's months. */
    private boolean inYearPlan(long cellId) {
        boolean meetingCell = document.rowOf(cellId).filter(row -> row.list() == RowList.MEETINGS)
                .flatMap(row -> row.cells().values().stream().filter(c -> c.id() == cellId).findFirst())
                .map(cell -> YEAR_PLAN_FIELDS.contains(cell.fieldKey())).orElse(false);
        return meetingCell || document.sectionCells().values().stream()
                .anyMatch(cell -> cell.id() == cellId && SectionField.kindOf(cell.fieldKey()) == CellKind.MONTHS);
    }

    /** One list's rows as they now are: only that part of the sheet is drawn again. */
    public void applyRows(RowList list, List<Row> rows, Instant changedAt) {
        document = document.withRows(list, rows, changedAt);
        title.update(document.summary());
        if (list == RowList.MEETINGS) {
            matrixHolder.removeAll();
            matrixHolder.add(matrix());
            yearPlan.show(document);
        } else {
            commitmentsHolder.removeAll();
            commitmentsHolder.add(commitmentColumns());
        }
    }

    /**
     * Shows what somebody is typing in a cell, marked with their name as not yet saved; {@code text} null ends the
     * preview and shows the committed text again.
     */
    public void preview(long cellId, String text, String author) {
        if (text == null) {
            showCell(cellId, document, null);
        } else {
            // The revision of a preview is never used: the previewed document is shown, not kept.
            showCell(cellId, document.withCell(cellId, text, 0, document.summary().lastChangedAt()), author);
        }
    }

    private void showCell(long cellId, PosterDocument shown, String typingBy) {
        var text = cellTexts.get(cellId);
        if (text != null) {
            String value = valueOf(shown, cellId);
            if (text instanceof UnorderedList list) {
                fillBullets(list, PosterDocument.principlesOf(value));
            } else {
                text.getElement().setText(value);
            }
            mark(text, typingBy);
            return;
        }
        shown.rowOf(cellId).filter(row -> row.list() == RowList.MEETINGS).ifPresent(row -> {
            var column = meetingColumns.get(row.id());
            if (column != null) {
                var stack = meetingStacks.get(row.id());
                fillMeeting(row, column, stack);
                column.forEach(part -> mark(part, typingBy));
                mark(stack, typingBy);
            }
        });
    }

    private static String valueOf(PosterDocument shown, long cellId) {
        return shown.sectionCells().values().stream().filter(c -> c.id() == cellId).findFirst()
                .map(PosterDocument.Cell::value)
                .orElseGet(() -> shown.rowOf(cellId).flatMap(row -> row.cells().values().stream()
                        .filter(c -> c.id() == cellId).findFirst()).map(PosterDocument.Cell::value).orElse(""));
    }

    private void mark(Component part, String typingBy) {
        if (typingBy == null) {
            part.getElement().removeAttribute("data-typing-by");
        } else {
            part.getElement().setAttribute("data-typing-by", labels.t("typing.by", typingBy));
        }
    }

    private Component documents() {
        var columns = new Div(
                documentCard("documents.allocation", SectionField.ALLOCATION_TIMING,
                        SectionField.ALLOCATION_INVOLVEMENT, SectionField.ALLOCATION_REPORTING),
                documentCard("documents.assignment", SectionField.ASSIGNMENT_TIMING,
                        SectionField.ASSIGNMENT_INVOLVEMENT, SectionField.ASSIGNMENT_REPORTING));
        columns.addClassName("two-columns");
        return new PosterSection("styringsdokumenter", labels.sectionTitle(document.template(), "documents"), null,
                columns);
    }

    private Component documentCard(String titleKey, SectionField... fields) {
        var card = new Div(new H3(labels.t(titleKey)));
        card.addClassName("document-card");
        for (SectionField field : fields) {
            var label = new Span(labels.t("field." + field.key()));
            label.addClassName("field-label");
            card.add(label, sectionText(field));
        }
        return card;
    }

    private Component sectionText(SectionField field) {
        var cell = document.section(field);
        var box = paragraphs(cell.value());
        remember(cell.id(), box);
        return box;
    }

    private Component principles() {
        var list = new UnorderedList();
        fillBullets(list, document.principles());
        remember(document.section(SectionField.PRINCIPLES).id(), list);
        return list;
    }

    private void remember(long cellId, Component text) {
        if (cellId != 0) {
            cellTexts.put(cellId, text);
        }
    }

    private Component matrix() {
        List<Row> meetings = document.meetings();
        meetingColumns.clear();
        meetingStacks.clear();
        var table = new NativeTable();
        table.addClassName("meeting-matrix");
        table.setCaptionText(labels.t("matrix.caption"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(labels.t("matrix.attribute"));
        // Columns by position: an agreed version's rows have no ids.
        List<List<Component>> columns = new ArrayList<>();
        for (Row meeting : meetings) {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.getElement().setAttribute("scope", "col");
            columns.add(new ArrayList<>(List.of(th)));
            if (meeting.id() != 0) {
                meetingColumns.put(meeting.id(), columns.getLast());
            }
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
            for (List<Component> column : columns) {
                column.add(row.addDataCell());
            }
        }
        var stacked = new Div();
        stacked.addClassName("meeting-stack-list");
        for (int i = 0; i < meetings.size(); i++) {
            var stack = new Div();
            stack.addClassName("meeting-stack");
            stacked.add(stack);
            if (meetings.get(i).id() != 0) {
                meetingStacks.put(meetings.get(i).id(), stack);
            }
            fillMeeting(meetings.get(i), columns.get(i), stack);
        }
        var scroller = new Div(table);
        scroller.addClassName("matrix-scroller");
        // A region that may scroll sideways must be reachable by keyboard to be scrolled.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "group");
        scroller.getElement().setAttribute("aria-label", labels.t("matrix.caption"));
        return new Div(scroller, stacked);
    }

    /** Writes one meeting's column: its name in the header, then each attribute's lines; and its stacked block. */
    private void fillMeeting(Row meeting, List<Component> column, Div stack) {
        ((NativeTableHeaderCell) column.get(0)).setText(meeting.cell(MeetingField.NAME).value());
        var attributes = MeetingMatrix.attributes(labels);
        for (int i = 0; i < attributes.size(); i++) {
            var td = (NativeTableCell) column.get(i + 1);
            td.removeAll();
            for (String line : attributes.get(i).linesOf(meeting)) {
                var part = new Div();
                part.setText(line);
                part.addClassName("cell-part");
                td.add(part);
            }
        }
        fillStack(meeting, stack);
    }

    /** The same meeting as a heading and a description list: attribute, then its lines. */
    private void fillStack(Row meeting, Div stack) {
        stack.removeAll();
        stack.add(new H3(meeting.cell(MeetingField.NAME).value()));
        var list = new Element("dl");
        for (var attribute : MeetingMatrix.attributes(labels)) {
            var lines = attribute.linesOf(meeting);
            if (lines.isEmpty()) {
                continue;
            }
            list.appendChild(new Element("dt").setText(labels.t(attribute.labelKey())));
            for (String line : lines) {
                list.appendChild(new Element("dd").setText(line));
            }
        }
        stack.getElement().appendChild(list);
    }

    private Component commitmentColumns() {
        var columns = new Div(commitmentList("commitments.department", RowList.DEPARTMENT_COMMITMENTS),
                commitmentList("commitments.agency", RowList.AGENCY_COMMITMENTS));
        columns.addClassName("two-columns");
        return columns;
    }

    private Component commitmentList(String titleKey, RowList side) {
        var list = new UnorderedList();
        for (Row row : document.rows(side)) {
            var cell = row.cell(RowList.COMMITMENT_TEXT);
            var item = new ListItem(cell.value());
            remember(cell.id(), item);
            list.add(item);
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
        var details = new Details(labels.sectionTitle(document.template(), "reflection"), notes);
        details.setId("refleksjon");
        details.addClassName("reflection");
        return details;
    }

    /**
     * Adds the poster's standing against the template's common rules: each rule it deviates from, the meetings that
     * do, and the pair's reason.
     */
    public void showPractice(List<PracticeCheck.Deviation> deviations) {
        var box = new Div();
        if (deviations.isEmpty()) {
            box.add(new Paragraph(labels.t("practice.none")));
        }
        for (var deviation : deviations) {
            var findings = new UnorderedList();
            deviation.findings().forEach(finding -> findings.add(new ListItem(labels.finding(finding))));
            var reasonCell = document.sectionCells().get(SectionField.reasonKey(deviation.rule().key()));
            String reason = reasonCell == null ? "" : reasonCell.value();
            var rule = new Div(new H3(deviation.rule().text(getLocale())), findings,
                    reason.isBlank() ? new Paragraph(labels.t("practice.noReason"))
                            : paragraphs(labels.t("field.reason") + ": " + reason));
            rule.addClassName("practice-rule");
            rule.getElement().setAttribute("data-deviates", "true");
            box.add(rule);
        }
        add(new PosterSection("felles-praksis", labels.sectionTitle(document.template(), "practice"), null, box));
    }

    private static Component paragraphs(String text) {
        var box = new Div();
        box.addClassName("text-block");
        box.setText(text);
        return box;
    }

    private static void fillBullets(UnorderedList list, List<String> lines) {
        list.removeAll();
        lines.forEach(line -> list.add(new ListItem(line)));
    }
}
