package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.text.WordDiff.Segment;

/** A text with its inserted and deleted words marked ({@code ins}/{@code del}, which the style sheet also names). */
public class ChangedText extends Div {

    public ChangedText(List<Segment> segments) {
        addClassName("compare-value");
        for (var segment : segments) {
            String tag = switch (segment.kind()) {
                case SAME -> "span";
                case INSERTED -> "ins";
                case DELETED -> "del";
            };
            var element = new Element(tag);
            element.setText(segment.text());
            getElement().appendChild(element);
        }
    }
}
