package no.oslo.samarbeidsplakaten.versioning.service;

import java.util.List;
import no.oslo.samarbeidsplakaten.base.text.WordDiff.Segment;

/** Two versions of a poster (or a version and the draft), attribute by attribute. */
public record Comparison(List<FieldDiff> sections, List<RowDiff> meetings, List<RowDiff> departmentCommitments,
        List<RowDiff> agencyCommitments) {

    public enum RowStatus {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /** One attribute: its values before and after, and the word-level difference. */
    public record FieldDiff(String fieldKey, String before, String after, List<Segment> segments) {

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /**
     * A meeting or commitment matched across the two by its lifelong key.
     *
     * @param oldName the name before, when it was renamed
     * @param oldPosition the place before (1-based), when it moved; null otherwise
     */
    public record RowDiff(String rowKey, RowStatus status, String name, String oldName, Integer oldPosition,
            Integer newPosition, List<FieldDiff> fields) {

        public boolean renamed() {
            return oldName != null;
        }

        public boolean moved() {
            return oldPosition != null;
        }
    }

    public long changedCount() {
        return sections.stream().filter(FieldDiff::changed).count()
                + rows().stream().filter(r -> r.status() != RowStatus.UNCHANGED).count();
    }

    private List<RowDiff> rows() {
        return java.util.stream.Stream.of(meetings, departmentCommitments, agencyCommitments)
                .flatMap(List::stream).toList();
    }
}
