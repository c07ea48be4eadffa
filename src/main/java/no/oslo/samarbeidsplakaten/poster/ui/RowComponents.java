package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import java.util.Collection;
import java.util.Map;

/**
 * The one way the editor's lists follow their rows: components keyed by row id are kept, and only those whose row came,
 * went or moved are touched, so nobody's typing or focus in the others is disturbed.
 */
final class RowComponents {

    private RowComponents() {
    }

    /** Takes away the components of rows that are gone. */
    static <C extends Component> void removeGone(Map<Long, C> shown, Collection<Long> rowIds) {
        shown.entrySet().removeIf(entry -> {
            if (!rowIds.contains(entry.getKey())) {
                entry.getValue().removeFromParent();
                return true;
            }
            return false;
        });
    }

    /** Puts a component at its place among the parent's children, unless it is there already. */
    static <P extends Component & HasComponents> void place(P parent, int index, Component child) {
        var element = parent.getElement();
        if (element.getChildCount() <= index || !element.getChild(index).equals(child.getElement())) {
            parent.addComponentAtIndex(index, child);
        }
    }

    /**
     * Moving a row moves it in the page, which takes the focus from its button: a keyboard user gets it back, on the
     * same button, or on the other one when the row has reached the end of its list.
     */
    static void keepFocusAfterMove(Button up, Button down, boolean upward) {
        Button same = upward ? up : down;
        (same.isEnabled() ? same : upward ? down : up).focus();
    }
}
