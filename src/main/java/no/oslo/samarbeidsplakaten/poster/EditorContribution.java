package no.oslo.samarbeidsplakaten.poster;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;

/**
 * What another feature adds to the poster editor: the workshop its presence, open questions and controls, versioning
 * its approval bar. The editor composes the parts without knowing the features. Contributions are Spring beans, placed
 * in their {@code @Order}.
 */
public interface EditorContribution {

    /** Called each time an editor shows a poster; the part lives as long as the editor shows that poster. */
    Part open(Editor editor);

    /** One contribution's share of one editor. Every hook is optional. */
    interface Part {

        /** Bars under the editor's toolbar. Built once: the editor shows the same components again after a reload. */
        default List<Component> bars() {
            return List.of();
        }

        /** A panel beside the poster sheet. */
        default Optional<Component> aside() {
            return Optional.empty();
        }

        /** Extra buttons on every meeting card. */
        default List<RowAction> meetingActions() {
            return List.of();
        }

        /** The editor is on screen in this UI and receives the poster's live events. */
        default void linked(UI ui) {
        }

        /** The editor left the poster: its tab closed or it moved to another poster. */
        default void unlinked() {
        }

        /** Rows or fields were built again, so marks on them must be set again. */
        default void shown() {
        }

        /** A live event of the poster, after the editor has applied it; runs inside the editor's {@code UI.access}. */
        default void onLive(LiveEvent event) {
        }
    }

    /** The editor as a contribution sees it. */
    interface Editor {

        /** The poster as the editor shows it now. */
        PosterDocument document();

        /** The editor's own component, e.g. to run the page script that belongs to it. */
        Component host();

        /** The poster's sections, id to label, in their order on the sheet. */
        Map<String, String> sections();

        /** The cell the user was last in, if they have been in one. */
        Optional<Long> lastFocusedCell();

        /** A cell in words: "Etatsstyringsmøte – Hyppighet", or just its label outside the meetings. */
        String describeCell(long cellId);

        /** Moves the user to a cell, opening the meeting that holds it first. */
        void goToCell(long cellId);

        /** Scrolls to a meeting. */
        void goToRow(long rowId);

        /** Marks the cells and meetings that have an open question. */
        void markFlagged(Set<Long> cellIds, Set<Long> rowIds);

        /**
         * The key under which this tab's own typing is published. Only that typing comes to the editor as a live
         * event (for its conflict rule); the others' typing reaches the browser on its own socket.
         */
        void acceptOwnTyping(String presenceKey);
    }

    /**
     * A button on every meeting card.
     *
     * @param labelKey translation key of its accessible name; {@code {0}} is the meeting's name
     * @param run gets the meeting and its name as it stands in the card
     */
    record RowAction(VaadinIcon icon, String labelKey, BiConsumer<PosterDocument.Row, String> run) {
    }
}
