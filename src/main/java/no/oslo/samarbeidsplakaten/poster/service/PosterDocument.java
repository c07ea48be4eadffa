package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;

/** A consistent snapshot of a poster's whole content, as the editor and the read-only view show it. */
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

    public Cell section(SectionField field) {
        return sectionCells.get(field.key());
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

    /** A cell's value and the revision it was read at. */
    public record Cell(long id, String fieldKey, String value, long revision) {
    }

    public record Row(long id, RowList list, int position, Map<String, Cell> cells) {

        public Cell cell(MeetingField field) {
            return cells.get(field.key());
        }

        public Cell cell(String fieldKey) {
            return cells.get(fieldKey);
        }
    }
}
