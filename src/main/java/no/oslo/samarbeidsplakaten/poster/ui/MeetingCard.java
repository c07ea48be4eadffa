package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.poster.EditorContribution.RowAction;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/** One meeting of the matrix, with every attribute as an editor that saves itself. */
class MeetingCard extends Div {

    interface Actions {
        void move(Row meeting, int direction);

        void remove(Row meeting, String name);
    }

    private final Row meeting;
    private final Button up;
    private final Button down;
    private final Button remove;
    private final Map<Button, String> contributed = new LinkedHashMap<>();
    private final PosterLabels labels;
    private final TextField nameField;

    private final AutosaveBinder binder;
    private final List<String> roleCatalogue;
    private final Supplier<Row> current;
    private final Map<String, String> values = new HashMap<>();
    private final Span summary = new Span();
    private final Button toggle = new Button();
    private final Div body = new Div();
    private final Div termHint = new Div();
    private final Function<String, String> suggestedMonths;

    /**
     * @param current reads the meeting as it is now, to build its editors when the card is opened: only open cards
     *     hold editors, which keeps a participant's view light
     * @param suggestedMonths the months the template suggests for a meeting of a standard type, by its key
     */
    MeetingCard(Row meeting, AutosaveBinder binder, PosterLabels labels, List<String> roleCatalogue,
            Actions actions, List<RowAction> contributedActions, Supplier<Row> current,
            Function<String, Optional<String>> standardTermFor, Function<String, String> suggestedMonths) {
        this.meeting = meeting;
        this.suggestedMonths = suggestedMonths;
        this.labels = labels;
        this.binder = binder;
        this.roleCatalogue = roleCatalogue;
        this.current = current;
        addClassName("meeting-card");
        setId("meeting-" + meeting.id());
        meeting.cells().forEach((key, cell) -> values.put(key, cell.value()));

        nameField = new TextField(labels.t("meeting.field.name"));
        nameField.setMaxLength(CellKind.MAX_NAME_LENGTH);
        nameField.setRequiredIndicatorVisible(true);
        nameField.addClassName("meeting-name");
        binder.bindText(nameField, meeting.cell(MeetingField.NAME));

        var formality = new ChoiceSelect(labels.t("meeting.field.formality"), CellKind.FORMALITY, true);
        binder.bindString(formality, meeting.cell(MeetingField.FORMALITY));

        up = iconButton(VaadinIcon.ARROW_UP, "", () -> {
            actions.move(meeting, -1);
            keepFocusAfterMove(true);
        });
        down = iconButton(VaadinIcon.ARROW_DOWN, "", () -> {
            actions.move(meeting, 1);
            keepFocusAfterMove(false);
        });
        for (var action : contributedActions) {
            contributed.put(iconButton(action.icon(), "", () -> action.run().accept(meeting, nameField.getValue())),
                    action.labelKey());
        }
        remove = iconButton(VaadinIcon.TRASH, "", () -> actions.remove(meeting, nameField.getValue()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        labelButtons();
        termHint.addClassName("term-suggestion");
        termHint.getElement().setAttribute("role", "status");
        suggestTerm(standardTermFor);
        // Buttons name the meeting they act on, also after somebody renames it.
        nameField.addValueChangeListener(e -> {
            labelButtons();
            labelToggle();
            suggestTerm(standardTermFor);
        });

        var header = new HorizontalLayout(nameField, formality, up, down);
        contributed.keySet().forEach(header::add);
        header.add(remove);
        header.addClassName("meeting-card-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, nameField);
        header.setWidthFull();

        summary.addClassName("meeting-summary");
        showSummary();
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(e -> setOpen(body.getChildren().findAny().isEmpty()));
        toggle.getElement().setAttribute("aria-expanded", "false");
        body.addClassName("meeting-body");
        labelToggle();
        var summaryLine = new HorizontalLayout(summary, toggle);
        summaryLine.addClassName("meeting-summary-line");
        summaryLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        summaryLine.setFlexGrow(1, summary);
        summaryLine.setWidthFull();
        add(header, termHint, summaryLine, body);
    }

    /**
     * Suggests the common term when the meeting's name is one the mayor's office marked as another word for a
     * standard meeting type. Only a suggestion: the name changes when the pair takes it, like any edit.
     */
    private void suggestTerm(Function<String, Optional<String>> standardTermFor) {
        termHint.removeAll();
        var standard = standardTermFor.apply(nameField.getValue());
        termHint.setVisible(standard.isPresent());
        standard.ifPresent(term -> {
            var use = new Button(labels.t("term.use", term), e -> nameField.setValue(term));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            use.addClassName("use-term");
            termHint.add(new Span(labels.t("term.suggestion", nameField.getValue(), term)), use);
        });
    }

    /** Opens the card with editors for every attribute, or closes it. */
    void setOpen(boolean open) {
        if (open == body.getChildren().findAny().isPresent()) {
            // Already so: rebuilding would drop what is being typed in the open editors.
            return;
        }
        body.removeAll();
        if (open) {
            body.add(form(current.get()));
        }
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        labelToggle();
    }

    /** A change somebody committed to this meeting: keeps the summary line current. */
    void remoteChange(String fieldKey, String value) {
        values.put(fieldKey, value);
        showSummary();
    }

    private FormLayout form(Row meeting) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("760px", 2));
        form.add(text(meeting, MeetingField.PURPOSE, binder, labels), 2);

        var frequency = new FrequencyField(labels.t("meeting.field.frequency"));
        binder.bindString(frequency, meeting.cell(MeetingField.FREQUENCY));
        form.add(frequency, note(meeting, MeetingField.FREQUENCY_NOTE, binder, labels));
        var months = new MonthsField(labels.t(MeetingField.MONTHS.labelKey()), labels,
                suggestedMonths.apply(meeting.templateKey()));
        binder.bind(months.choice(), meeting.cell(MeetingField.MONTHS), MonthsField::decode, MonthsField::encode);
        months.compareWith(frequency::getValue);
        frequency.addValueChangeListener(e -> months.showHints());
        form.add(months, 2);

        for (var pair : List.of(
                new MeetingField[] {MeetingField.CHAIR, MeetingField.CHAIR_NOTE},
                new MeetingField[] {MeetingField.DEPARTMENT_PARTICIPANTS, MeetingField.DEPARTMENT_PARTICIPANTS_NOTE},
                new MeetingField[] {MeetingField.AGENCY_PARTICIPANTS, MeetingField.AGENCY_PARTICIPANTS_NOTE})) {
            var roles = new RolesField(labels.t(pair[0].labelKey()), roleCatalogue, labels);
            binder.bind(roles, meeting.cell(pair[0]), roles::decode, roles::encode);
            form.add(roles, note(meeting, pair[1], binder, labels));
        }

        form.add(choice(meeting, MeetingField.POLITICAL_ROLE, binder, labels),
                note(meeting, MeetingField.POLITICAL_ROLE_NOTE, binder, labels));
        form.add(text(meeting, MeetingField.AGENDA, binder, labels), 2);

        var documentation = new HorizontalLayout(choice(meeting, MeetingField.DOCUMENTATION, binder, labels),
                choice(meeting, MeetingField.DOCUMENTATION_DRAFTER, binder, labels),
                choice(meeting, MeetingField.DOCUMENTATION_COMMENT_ROUND, binder, labels));
        documentation.setWrap(true);
        documentation.setPadding(false);
        form.add(documentation, note(meeting, MeetingField.DOCUMENTATION_NOTE, binder, labels));
        form.add(choice(meeting, MeetingField.PUBLICITY, binder, labels),
                note(meeting, MeetingField.PUBLICITY_NOTE, binder, labels));
        form.add(choice(meeting, MeetingField.ARCHIVE, binder, labels),
                note(meeting, MeetingField.ARCHIVE_NOTE, binder, labels));
        form.add(text(meeting, MeetingField.STEERING_SIGNALS, binder, labels), 2);

        return form;
    }

    private void showSummary() {
        var parts = new java.util.ArrayList<String>();
        parts.add(labels.choice(CellKind.FORMALITY, values.getOrDefault(MeetingField.FORMALITY.key(), "")));
        parts.add(labels.frequency(values.getOrDefault(MeetingField.FREQUENCY.key(), "")));
        parts.add(String.join(", ", YearMonths.read(values.getOrDefault(MeetingField.MONTHS.key(), "")).months()
                .stream().map(labels::monthShort).toList()));
        var chair = labels.roles(values.getOrDefault(MeetingField.CHAIR.key(), ""));
        if (!chair.isEmpty()) {
            parts.add(labels.t("meeting.summary.chair", String.join(", ", chair)));
        }
        parts.add(labels.choice(CellKind.DOCUMENTATION_KIND, values.getOrDefault(MeetingField.DOCUMENTATION.key(),
                "")));
        parts.add(labels.choice(CellKind.PUBLICITY, values.getOrDefault(MeetingField.PUBLICITY.key(), "")));
        summary.setText(String.join(" · ", parts.stream().filter(p -> !p.isBlank()).toList()));
    }

    private void labelToggle() {
        boolean open = body.getChildren().findAny().isPresent();
        toggle.setText(labels.t(open ? "meeting.close" : "meeting.open"));
        toggle.setAriaLabel(labels.t(open ? "meeting.closeLabel" : "meeting.openLabel", nameField.getValue()));
        toggle.setIcon((open ? VaadinIcon.ANGLE_UP : VaadinIcon.ANGLE_DOWN).create());
    }


    private static TextArea text(Row meeting, MeetingField field, AutosaveBinder binder, PosterLabels labels) {
        var area = new TextArea(labels.t(field.labelKey()));
        area.setWidthFull();
        binder.bindText(area, meeting.cell(field));
        return area;
    }

    private static TextArea note(Row meeting, MeetingField field, AutosaveBinder binder, PosterLabels labels) {
        var area = text(meeting, field, binder, labels);
        area.addClassName("note");
        return area;
    }

    private static Component choice(Row meeting, MeetingField field, AutosaveBinder binder, PosterLabels labels) {
        var select = new ChoiceSelect(labels.t(field.labelKey()), field.kind(), false);
        binder.bindString(select, meeting.cell(field));
        return select;
    }

    Row meeting() {
        return meeting;
    }


    private void keepFocusAfterMove(boolean upward) {
        RowComponents.keepFocusAfterMove(up, down, upward);
    }

    /** Only a meeting that has a neighbour of its own kind in that direction can move there. */
    void setEnds(boolean first, boolean last) {
        up.setEnabled(!first);
        down.setEnabled(!last);
    }

    private void labelButtons() {
        String name = nameField.getValue();
        label(up, labels.t("meeting.moveUp", name));
        label(down, labels.t("meeting.moveDown", name));
        contributed.forEach((button, labelKey) -> label(button, labels.t(labelKey, name)));
        label(remove, labels.t("meeting.remove", name));
    }

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        label(button, label);
        return button;
    }

    static void label(Button button, String label) {
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }
}
