package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/** One side's list of commitments: each line edited in place, added, moved and removed. */
class CommitmentList extends Div {

    interface Actions {
        /** @return whether the commitment was added; if not, {@code refused} got the reason */
        boolean add(RowList side, String text, Consumer<String> refused);

        void move(Row row, int direction);

        void remove(Row row);
    }

    private final String title;
    private final AutosaveBinder binder;
    private final PosterLabels labels;
    private final Actions actions;
    private final Div lines = new Div();
    private final java.util.Map<Long, Line> shown = new java.util.HashMap<>();

    CommitmentList(RowList side, String title, AutosaveBinder binder, PosterLabels labels, Actions actions) {
        this.title = title;
        this.binder = binder;
        this.labels = labels;
        this.actions = actions;
        addClassName("commitment-list");

        var newText = new TextField(labels.t("commitments.new"));
        newText.setWidthFull();
        var addButton = new Button(labels.t("commitments.add"), VaadinIcon.PLUS.create());
        addButton.addClickShortcut(Key.ENTER).listenOn(newText);
        addButton.addClickListener(e -> {
            boolean added = actions.add(side, newText.getValue(), message -> {
                newText.setErrorMessage(message);
                newText.setInvalid(true);
            });
            if (added) {
                newText.clear();
                newText.setInvalid(false);
            }
        });
        var addLine = new HorizontalLayout(newText, addButton);
        addLine.addClassName("commitment-add");
        addLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addLine.setFlexGrow(1, newText);
        addLine.setWidthFull();
        add(new H3(title), lines, addLine);
    }

    /**
     * Shows the rows. Lines are kept and updated in place: adding, moving or removing a commitment, here or by a peer,
     * touches only the lines concerned, so whatever someone is typing in the others, and their focus, stay.
     */
    void show(List<Row> commitments) {
        RowComponents.removeGone(shown, commitments.stream().map(Row::id).toList());
        for (int i = 0; i < commitments.size(); i++) {
            Row row = commitments.get(i);
            Line line = shown.computeIfAbsent(row.id(), id -> new Line(row));
            RowComponents.place(lines, i, line);
            line.place(i, commitments.size());
        }
    }

    /** One commitment: its text and the buttons that move and remove it. */
    private final class Line extends HorizontalLayout {
        private final TextArea text = new TextArea();
        private final Button up;
        private final Button down;
        private final Button remove;

        Line(Row row) {
            text.setWidthFull();
            text.addClassName("commitment-text");
            binder.bindText(text, row.cell(RowList.COMMITMENT_TEXT));
            up = MeetingCard.iconButton(VaadinIcon.ARROW_UP, "", () -> {
                actions.move(row, -1);
                keepFocusAfterMove(true);
            });
            down = MeetingCard.iconButton(VaadinIcon.ARROW_DOWN, "", () -> {
                actions.move(row, 1);
                keepFocusAfterMove(false);
            });
            remove = MeetingCard.iconButton(VaadinIcon.TRASH, "", () -> actions.remove(row));
            add(text, up, down, remove);
            addClassName("commitment");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            setFlexGrow(1, text);
            setWidthFull();
        }


        private void keepFocusAfterMove(boolean upward) {
            RowComponents.keepFocusAfterMove(up, down, upward);
        }

        /** Labels the line by its place in the list, which a move elsewhere may have changed. */
        void place(int index, int count) {
            int number = index + 1;
            text.setAriaLabel(labels.t("commitments.item", title, number));
            MeetingCard.label(up, labels.t("commitments.moveUp", number));
            MeetingCard.label(down, labels.t("commitments.moveDown", number));
            MeetingCard.label(remove, labels.t("commitments.remove", number));
            up.setEnabled(index > 0);
            down.setEnabled(index < count - 1);
        }
    }
}
