package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/**
 * The meeting matrix of the editor, grouped into formal and informal meetings. When meetings are added, removed or
 * moved, live or locally, only the cards concerned change place: the others, and whatever someone is typing in them,
 * stay untouched.
 */
class MeetingsBoard extends Div {

    private final Map<Formality, Div> groups = new EnumMap<>(Formality.class);
    private final Map<Formality, Paragraph> emptyNotes = new EnumMap<>(Formality.class);
    private final Map<Long, MeetingCard> cards = new HashMap<>();
    private final Function<Row, MeetingCard> cardFactory;

    MeetingsBoard(PosterLabels labels, Function<Row, MeetingCard> cardFactory) {
        this.cardFactory = cardFactory;
        addClassName("meetings-board");
        for (Formality formality : Formality.values()) {
            var group = new Div(new H3(labels.t("meetings.group." + formality.name())));
            group.addClassName("meeting-group");
            var none = new Paragraph(labels.t("meetings.none"));
            group.add(none);
            groups.put(formality, group);
            emptyNotes.put(formality, none);
            add(group);
        }
    }

    void show(List<Row> meetings) {
        RowComponents.removeGone(cards, meetings.stream().map(Row::id).toList());
        for (Formality formality : Formality.values()) {
            List<Row> inGroup = meetings.stream()
                    .filter(m -> formality.name().equals(m.cell(MeetingField.FORMALITY).value()))
                    .toList();
            Div group = groups.get(formality);
            emptyNotes.get(formality).setVisible(inGroup.isEmpty());
            // Children: heading, the "none" note, then the cards in order.
            int offset = 2;
            for (int i = 0; i < inGroup.size(); i++) {
                Row row = inGroup.get(i);
                MeetingCard card = cards.computeIfAbsent(row.id(), id -> cardFactory.apply(row));
                RowComponents.place(group, offset + i, card);
                card.setEnds(i == 0, i == inGroup.size() - 1);
            }
        }
    }

    /** The card of a meeting row, or null when the row is not shown. */
    MeetingCard card(long rowId) {
        return cards.get(rowId);
    }
}
