package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import org.springframework.modulith.NamedInterface;

/** A consistent snapshot of a poster's whole content, as the editor and the read-only view show it. */
@NamedInterface("service")
public record PosterDocument(
        PosterSummary summary,
        long structureVersion,
        PosterTemplate template,
        Map<String, Cell> sectionCells,
        List<Row> meetings,
        List<Row> departmentCommitments,
        List<Row> agencyCommitments) {

    public long id() {
        return summary.id();
    }

    /** A section's cell; empty in content kept from before the poster had that field, such as an older version. */
    public Cell section(SectionField field) {
        var cell = sectionCells.get(field.key());
        return cell != null ? cell : new Cell(0, field.key(), "", 0);
    }

    /** The shared principles: one per line as they were typed, blank lines left out. */
    public List<String> principles() {
        return principlesOf(section(SectionField.PRINCIPLES).value());
    }

    /** Principles as typed, one per line, blank lines left out. */
    public static List<String> principlesOf(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Cell reflection(String questionKey) {
        return sectionCells.get(SectionField.reflectionKey(questionKey));
    }

    public List<Row> rows(RowList list) {
        return switch (list) {
            case MEETINGS -> meetings;
            case DEPARTMENT_COMMITMENTS -> departmentCommitments;
            case AGENCY_COMMITMENTS -> agencyCommitments;
        };
    }

    /** This snapshot with one list's rows as they now are, e.g. from a live structure change. */
    public PosterDocument withRows(RowList list, List<Row> rows, java.time.Instant changedAt) {
        return new PosterDocument(summary.edited(changedAt), structureVersion, template, sectionCells,
                list == RowList.MEETINGS ? List.copyOf(rows) : meetings,
                list == RowList.DEPARTMENT_COMMITMENTS ? List.copyOf(rows) : departmentCommitments,
                list == RowList.AGENCY_COMMITMENTS ? List.copyOf(rows) : agencyCommitments);
    }

    /** This snapshot with one cell's committed value, e.g. from a live cell change; unknown cells change nothing. */
    public PosterDocument withCell(long cellId, String value, long revision, java.time.Instant changedAt) {
        var sections = new java.util.HashMap<String, Cell>();
        sectionCells.forEach((key, cell) -> sections.put(key, cell.id() == cellId ? cell.with(value, revision) : cell));
        return new PosterDocument(summary.edited(changedAt), structureVersion, template, Map.copyOf(sections),
                withCell(meetings, cellId, value, revision), withCell(departmentCommitments, cellId, value, revision),
                withCell(agencyCommitments, cellId, value, revision));
    }

    private static List<Row> withCell(List<Row> rows, long cellId, String value, long revision) {
        return rows.stream().map(row -> row.cells().values().stream().anyMatch(c -> c.id() == cellId)
                ? row.withCell(cellId, value, revision) : row).toList();
    }

    /**
     * A field in words, e.g. for an open question: a field of a meeting is named by its meeting, "Etatsstyringsmøte –
     * Hyppighet"; any other field by its label alone.
     */
    public String describe(long cellId, String fieldLabel) {
        return rowOf(cellId).filter(row -> row.list() == RowList.MEETINGS)
                .map(meeting -> meeting.cell(MeetingField.NAME).value() + " – " + fieldLabel).orElse(fieldLabel);
    }

    /** The row holding a cell, if any. */
    public java.util.Optional<Row> rowOf(long cellId) {
        return java.util.stream.Stream.of(meetings, departmentCommitments, agencyCommitments).flatMap(List::stream)
                .filter(row -> row.cells().values().stream().anyMatch(c -> c.id() == cellId)).findFirst();
    }

    /** A cell's value and the revision it was read at. */
    public record Cell(long id, String fieldKey, String value, long revision) {

        Cell with(String newValue, long newRevision) {
            return new Cell(id, fieldKey, newValue, newRevision);
        }
    }

    /** The content of this snapshot, without database ids. */
    public PosterContent content() {
        var sections = new java.util.TreeMap<String, String>();
        sectionCells.forEach((key, cell) -> sections.put(key, cell.value()));
        return new PosterContent(template.key(), template.version(), sections,
                meetings.stream().map(m -> new PosterContent.Meeting(m.rowKey(), m.templateKey(), values(m))).toList(),
                commitments(departmentCommitments), commitments(agencyCommitments));
    }

    /** A document to show for content kept elsewhere, such as an agreed version: nothing in it is editable. */
    public static PosterDocument of(PosterSummary summary, PosterTemplate template, PosterContent content) {
        var sections = new java.util.HashMap<String, Cell>();
        content.sections().forEach((key, value) -> sections.put(key, new Cell(0, key, value, 0)));
        var meetings = new java.util.ArrayList<Row>();
        for (var meeting : content.meetings()) {
            var cells = new java.util.HashMap<String, Cell>();
            meeting.values().forEach((key, value) -> cells.put(key, new Cell(0, key, value, 0)));
            meetings.add(new Row(0, meeting.rowKey(), meeting.templateKey(), RowList.MEETINGS, meetings.size(),
                    Map.copyOf(cells)));
        }
        return new PosterDocument(summary, 0, template, Map.copyOf(sections), List.copyOf(meetings),
                commitmentRows(content.departmentCommitments(), RowList.DEPARTMENT_COMMITMENTS),
                commitmentRows(content.agencyCommitments(), RowList.AGENCY_COMMITMENTS));
    }

    private static java.util.SortedMap<String, String> values(Row row) {
        var values = new java.util.TreeMap<String, String>();
        row.cells().forEach((key, cell) -> values.put(key, cell.value()));
        return values;
    }

    private static List<PosterContent.Commitment> commitments(List<Row> rows) {
        return rows.stream().map(r -> new PosterContent.Commitment(r.rowKey(),
                r.cell(RowList.COMMITMENT_TEXT).value())).toList();
    }

    private static List<Row> commitmentRows(List<PosterContent.Commitment> commitments, RowList list) {
        var rows = new java.util.ArrayList<Row>();
        for (var commitment : commitments) {
            rows.add(new Row(0, commitment.rowKey(), null, list, rows.size(), Map.of(RowList.COMMITMENT_TEXT,
                    new Cell(0, RowList.COMMITMENT_TEXT, commitment.text(), 0))));
        }
        return List.copyOf(rows);
    }

    public record Row(long id, String rowKey, String templateKey, RowList list, int position,
            Map<String, Cell> cells) {

        /** A field's cell; empty in content kept from before meetings had that field, such as an older version. */
        public Cell cell(MeetingField field) {
            var cell = cells.get(field.key());
            return cell != null ? cell : new Cell(0, field.key(), "", 0);
        }

        public Cell cell(String fieldKey) {
            return cells.get(fieldKey);
        }

        Row withCell(long cellId, String value, long revision) {
            var changed = new java.util.HashMap<String, Cell>();
            cells.forEach((key, cell) -> changed.put(key, cell.id() == cellId ? cell.with(value, revision) : cell));
            return new Row(id, rowKey, templateKey, list, position, Map.copyOf(changed));
        }
    }
}
