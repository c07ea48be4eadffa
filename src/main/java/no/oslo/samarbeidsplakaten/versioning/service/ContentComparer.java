package no.oslo.samarbeidsplakaten.versioning.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.FieldDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowStatus;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.Segment;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.SegmentKind;

/**
 * Compares two contents of a poster. Rows are matched by their lifelong keys, so added, removed, renamed and moved
 * meetings are told apart; values are compared as the reader sees them, word by word.
 */
final class ContentComparer {

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
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
                ? List.of(new Segment(SegmentKind.SAME, newText)) : words(oldText, newText));
    }

    /** The word-level difference: runs of unchanged, deleted and inserted words, in reading order. */
    static List<Segment> words(String before, String after) {
        List<String> oldWords = tokens(before);
        List<String> newWords = tokens(after);
        var segments = new ArrayList<Segment>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, SegmentKind.SAME, oldWords.subList(position, start));
            add(segments, SegmentKind.DELETED, delta.getSource().getLines());
            add(segments, SegmentKind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, SegmentKind.SAME, oldWords.subList(position, oldWords.size()));
        return joinChanges(segments);
    }

    /**
     * Reads as people write: "skal skriftliggjøres" replaced by "må skrives ned" is one change, not two around a
     * shared space. A change block (changes with only blanks between them) becomes one deletion and one insertion.
     */
    private static List<Segment> joinChanges(List<Segment> segments) {
        var joined = new ArrayList<Segment>();
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).kind() == SegmentKind.SAME) {
                joined.add(segments.get(i++));
                continue;
            }
            var deleted = new StringBuilder();
            var inserted = new StringBuilder();
            int end = i;
            for (int j = i; j < segments.size(); j++) {
                var segment = segments.get(j);
                boolean blankBetweenChanges = segment.kind() == SegmentKind.SAME && segment.text().isBlank()
                        && j + 1 < segments.size() && segments.get(j + 1).kind() != SegmentKind.SAME;
                if (segment.kind() == SegmentKind.SAME && !blankBetweenChanges) {
                    break;
                }
                if (segment.kind() != SegmentKind.INSERTED) {
                    deleted.append(segment.text());
                }
                if (segment.kind() != SegmentKind.DELETED) {
                    inserted.append(segment.text());
                }
                end = j + 1;
            }
            // Blanks at the edges that both sides share are not part of the change.
            String shared = commonBlankSuffix(deleted, inserted);
            if (!deleted.isEmpty()) {
                joined.add(new Segment(SegmentKind.DELETED, deleted.toString()));
            }
            if (!inserted.isEmpty()) {
                joined.add(new Segment(SegmentKind.INSERTED, inserted.toString()));
            }
            if (!shared.isEmpty()) {
                joined.add(new Segment(SegmentKind.SAME, shared));
            }
            i = end;
        }
        return joined;
    }

    /** Removes the blanks both end with from both, and returns them. */
    private static String commonBlankSuffix(StringBuilder a, StringBuilder b) {
        int n = 0;
        while (n < a.length() && n < b.length() && Character.isWhitespace(a.charAt(a.length() - 1 - n))
                && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        String shared = a.substring(a.length() - n);
        a.setLength(a.length() - n);
        b.setLength(b.length() - n);
        return shared;
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(WORDS.split(text));
    }

    private static void add(List<Segment> segments, SegmentKind kind, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Segment(kind, String.join("", words)));
        }
    }

    private static Map<String, Integer> positions(List<String> keys) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), i + 1);
        }
        return positions;
    }
}
