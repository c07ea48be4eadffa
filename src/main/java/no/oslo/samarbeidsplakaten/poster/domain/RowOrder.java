package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** How the rows of one list are ordered: by position, numbered from 0 without gaps. */
public final class RowOrder {

    private RowOrder() {
    }

    /**
     * Moves a row one place up (-1) or down (+1) and renumbers the list. Rows are shown in groups (meetings by
     * formality), so a row swaps places with the nearest row of its own group; at its group's end nothing moves.
     *
     * @param ordered the list's rows in their order
     * @return whether the row moved
     */
    public static boolean move(List<PosterRow> ordered, PosterRow row, int direction,
            Function<PosterRow, ?> groupOf) {
        int step = Integer.signum(direction);
        int index = ordered.indexOf(row);
        for (int i = index + step; step != 0 && i >= 0 && i < ordered.size(); i += step) {
            if (Objects.equals(groupOf.apply(ordered.get(i)), groupOf.apply(row))) {
                var reordered = new ArrayList<>(ordered);
                reordered.remove(index);
                reordered.add(i, row);
                renumber(reordered);
                return true;
            }
        }
        return false;
    }

    /** Closes the gaps, e.g. after a row was removed. */
    public static void renumber(List<PosterRow> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
    }
}
