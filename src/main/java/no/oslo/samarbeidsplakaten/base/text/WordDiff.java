package no.oslo.samarbeidsplakaten.base.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The word-level difference of two texts, as poster versions and template versions are compared. */
public final class WordDiff {

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    public enum SegmentKind {
        SAME, INSERTED, DELETED
    }

    /** A run of words that is the same in both, only in the newer, or only in the older. */
    public record Segment(SegmentKind kind, String text) {
    }

    private WordDiff() {
    }

    /** The word-level difference: runs of unchanged, deleted and inserted words, in reading order. */
    public static List<Segment> between(String before, String after) {
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
}
