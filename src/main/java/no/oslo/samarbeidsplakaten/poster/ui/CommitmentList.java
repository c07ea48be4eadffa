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
    private List<Long> shownRows = List.of();

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
        addLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addLine.setFlexGrow(1, newText);
        addLine.setWidthFull();
        add(new H3(title), lines, addLine);
    }

    /** Shows the rows; lines are rebuilt only when rows were added, removed or moved. */
    void show(List<Row> commitments) {
        List<Long> ids = commitments.stream().map(Row::id).toList();
        if (ids.equals(shownRows)) {
            return;
        }
        shownRows = ids;
        lines.removeAll();
        for (int i = 0; i < commitments.size(); i++) {
            Row row = commitments.get(i);
            var text = new TextArea();
            text.setAriaLabel(labels.t("commitments.item", title, i + 1));
            text.setWidthFull();
            binder.bindText(text, row.cell(RowList.COMMITMENT_TEXT));
            var up = MeetingCard.iconButton(VaadinIcon.ARROW_UP, labels.t("commitments.moveUp", i + 1),
                    () -> actions.move(row, -1));
            up.setEnabled(i > 0);
            var down = MeetingCard.iconButton(VaadinIcon.ARROW_DOWN, labels.t("commitments.moveDown", i + 1),
                    () -> actions.move(row, 1));
            down.setEnabled(i < commitments.size() - 1);
            var remove = MeetingCard.iconButton(VaadinIcon.TRASH, labels.t("commitments.remove", i + 1),
                    () -> actions.remove(row));
            var line = new HorizontalLayout(text, up, down, remove);
            line.addClassName("commitment");
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.setFlexGrow(1, text);
            line.setWidthFull();
            lines.add(line);
        }
    }
}
