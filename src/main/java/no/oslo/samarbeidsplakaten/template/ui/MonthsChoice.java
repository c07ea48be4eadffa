package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The months a template suggests for a meeting type or a steering document, stored as a poster stores them: month
 * numbers in calendar order, separated by commas.
 */
class MonthsChoice extends CustomField<String> {

    private final CheckboxGroup<Integer> months = new CheckboxGroup<>();

    MonthsChoice(String label) {
        // The label is the inner group's own, so it names the boxes a screen reader lands on.
        months.setLabel(label);
        months.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        months.setItemLabelGenerator(month -> months.getTranslation("month.short." + month));
        months.addClassName("months-choice");
        months.addValueChangeListener(e -> updateValue());
        setWidthFull();
        add(months);
    }

    @Override
    protected String generateModelValue() {
        return months.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    protected void setPresentationValue(String value) {
        var chosen = new LinkedHashSet<Integer>();
        Arrays.stream(value == null ? new String[0] : value.split(",")).map(String::strip)
                .filter(part -> part.matches("1[0-2]|[1-9]")).map(Integer::valueOf).forEach(chosen::add);
        months.setValue(chosen);
    }
}
