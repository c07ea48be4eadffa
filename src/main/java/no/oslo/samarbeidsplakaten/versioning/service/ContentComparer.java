package no.oslo.samarbeidsplakaten.versioning.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import no.oslo.samarbeidsplakaten.base.text.WordDiff;
import no.oslo.samarbeidsplakaten.base.text.WordDiff.Segment;
import no.oslo.samarbeidsplakaten.base.text.WordDiff.SegmentKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.FieldDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowStatus;

/**
 * Compares two contents of a poster. Rows are matched by their lifelong keys, so added, removed, renamed and moved
 * meetings are told apart; values are compared as the reader sees them, word by word.
 */
final class ContentComparer {

    private static final String COMMITMENT = "text";

    /** Turns a stored value of a field into the words a reader sees (labels for structured values). */
    private final BiFunction<String, String, String> display;

    ContentComparer(BiFunction<String, String, String> display) {
        this.display = display;
    }

    Comparison compare(PosterContent before, PosterContent after) {
        var sectionKeys = new LinkedHashSet<>(after.sections().keySet());
        sectionKeys.addAll(before.sections().keySet());
        var sections = sectionKeys.stream()
                .map(key -> field(key, before.sections().getOrDefault(key, ""), after.sections().getOrDefault(key,
                        "")))
                .toList();
        return new Comparison(sections, meetings(before.meetings(), after.meetings()),
                commitments(before.departmentCommitments(), after.departmentCommitments()),
                commitments(before.agencyCommitments(), after.agencyCommitments()));
    }

    private List<RowDiff> meetings(List<PosterContent.Meeting> before, List<PosterContent.Meeting> after) {
        Map<String, Integer> oldPositions = positions(before.stream().map(PosterContent.Meeting::rowKey).toList());
        Map<String, PosterContent.Meeting> oldByKey = new HashMap<>();
        before.forEach(m -> oldByKey.put(m.rowKey(), m));
        var result = new ArrayList<RowDiff>();
        for (int i = 0; i < after.size(); i++) {
            var meeting = after.get(i);
            var old = oldByKey.remove(meeting.rowKey());
            String name = meeting.value(MeetingField.NAME);
            if (old == null) {
                result.add(new RowDiff(meeting.rowKey(), RowStatus.ADDED, name, null, null, i + 1,
                        meetingFields(new PosterContent.Meeting(meeting.rowKey(), null, new java.util.TreeMap<>()),
                                meeting)));
                continue;
            }
            var fields = meetingFields(old, meeting);
            String oldName = old.value(MeetingField.NAME);
            Integer oldPosition = oldPositions.get(meeting.rowKey());
            boolean moved = oldPosition != i + 1 && relativeOrderChanged(before, after, meeting.rowKey());
            boolean changed = fields.stream().anyMatch(FieldDiff::changed) || moved;
            result.add(new RowDiff(meeting.rowKey(), changed ? RowStatus.CHANGED : RowStatus.UNCHANGED, name,
                    oldName.equals(name) ? null : oldName, moved ? oldPosition : null, i + 1, fields));
        }
        for (var removed : before) {
            if (oldByKey.containsKey(removed.rowKey())) {
                result.add(new RowDiff(removed.rowKey(), RowStatus.REMOVED, removed.value(MeetingField.NAME), null,
                        oldPositions.get(removed.rowKey()), null, meetingFields(removed,
                                new PosterContent.Meeting(removed.rowKey(), null, new java.util.TreeMap<>()))));
            }
        }
        return result;
    }

    /** A row moved when its place among the rows both sides have changed, not merely because others came or went. */
    private static boolean relativeOrderChanged(List<PosterContent.Meeting> before, List<PosterContent.Meeting> after,
            String rowKey) {
        var common = new LinkedHashSet<String>();
        after.forEach(m -> common.add(m.rowKey()));
        var beforeOrder = before.stream().map(PosterContent.Meeting::rowKey).filter(common::contains).toList();
        var beforeKeys = new LinkedHashSet<>(beforeOrder);
        var afterOrder = after.stream().map(PosterContent.Meeting::rowKey).filter(beforeKeys::contains).toList();
        return beforeOrder.indexOf(rowKey) != afterOrder.indexOf(rowKey);
    }

    private List<FieldDiff> meetingFields(PosterContent.Meeting before, PosterContent.Meeting after) {
        var fields = new ArrayList<FieldDiff>();
        for (MeetingField field : MeetingField.values()) {
            fields.add(field(field.key(), before.value(field), after.value(field)));
        }
        return fields;
    }

    private List<RowDiff> commitments(List<PosterContent.Commitment> before, List<PosterContent.Commitment> after) {
        Map<String, PosterContent.Commitment> oldByKey = new HashMap<>();
        before.forEach(c -> oldByKey.put(c.rowKey(), c));
        Map<String, Integer> oldPositions = positions(before.stream().map(PosterContent.Commitment::rowKey).toList());
        var result = new ArrayList<RowDiff>();
        for (int i = 0; i < after.size(); i++) {
            var commitment = after.get(i);
            var old = oldByKey.remove(commitment.rowKey());
            var diff = field(COMMITMENT, old == null ? "" : old.text(), commitment.text());
            RowStatus status = old == null ? RowStatus.ADDED : diff.changed() ? RowStatus.CHANGED : RowStatus.UNCHANGED;
            result.add(new RowDiff(commitment.rowKey(), status, commitment.text(), null,
                    old == null || Objects.equals(oldPositions.get(commitment.rowKey()), i + 1) ? null
                            : oldPositions.get(commitment.rowKey()), i + 1, List.of(diff)));
        }
        for (var removed : before) {
            if (oldByKey.containsKey(removed.rowKey())) {
                result.add(new RowDiff(removed.rowKey(), RowStatus.REMOVED, removed.text(), null,
                        oldPositions.get(removed.rowKey()), null, List.of(field(COMMITMENT, removed.text(), ""))));
            }
        }
        return result;
    }

    private FieldDiff field(String key, String before, String after) {
        String oldText = display.apply(key, before);
        String newText = display.apply(key, after);
        return new FieldDiff(key, oldText, newText, oldText.equals(newText)
                ? List.of(new Segment(SegmentKind.SAME, newText)) : WordDiff.between(oldText, newText));
    }

    private static Map<String, Integer> positions(List<String> keys) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), i + 1);
        }
        return positions;
    }
}
