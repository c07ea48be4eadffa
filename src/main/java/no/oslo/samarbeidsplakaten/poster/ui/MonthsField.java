package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/**
 * Places a meeting or a steering document in the year: twelve month boxes, a hint when they disagree with the
 * frequency (pointed out, never blocked) and, while none is chosen, the template's suggestion to take with one click.
 */
class MonthsField extends Div {

    private final CheckboxGroup<Integer> months;
    private final PosterLabels labels;
    private final Span mismatch = new Span();
    private final Div suggestion = new Div();
    private final String suggested;
    private Supplier<String> frequency = () -> "";

    /** @param suggested the template's months for this field, encoded; empty when it suggests none */
    MonthsField(String label, PosterLabels labels, String suggested) {
        this.labels = labels;
        this.suggested = YearMonths.read(suggested).encode();
        months = new CheckboxGroup<>(label);
        months.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        months.setItemLabelGenerator(labels::monthShort);
        months.addClassName("months-choice");
        mismatch.addClassName("months-mismatch");
        mismatch.getElement().setAttribute("role", "status");
        suggestion.addClassName("months-suggestion");
        addClassName("months-field");
        add(months, mismatch, suggestion);
        months.addValueChangeListener(e -> showHints());
        showHints();
    }

    CheckboxGroup<Integer> choice() {
        return months;
    }

    /** Compares the chosen months with the frequency the supplier gives, now and whenever either changes. */
    void compareWith(Supplier<String> currentFrequency) {
        this.frequency = currentFrequency;
        showHints();
    }

    void showHints() {
        String encoded = encode(months.getValue());
        String text = labels.monthsMismatch(frequency.get(), encoded);
        mismatch.setText(text);
        mismatch.setVisible(!text.isEmpty());
        suggestion.removeAll();
        if (encoded.isEmpty() && !suggested.isEmpty()) {
            String words = labels.months(suggested);
            var take = new Button(labels.t("months.useSuggestion"),
                    e -> months.setValue(decode(suggested)));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            take.setAriaLabel(labels.t("months.useSuggestionLabel", months.getLabel(), words));
            suggestion.add(new Span(labels.t("months.suggestion", words)), take);
        }
        suggestion.setVisible(suggestion.getChildren().findAny().isPresent());
    }

    static Set<Integer> decode(String stored) {
        return new LinkedHashSet<>(YearMonths.read(stored).months());
    }

    static String encode(Set<Integer> chosen) {
        return new YearMonths(List.copyOf(chosen)).encode();
    }
}
