package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyKind;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyPeriod;

/**
 * Edits a meeting's frequency: a count per period ("inntil 4 per år"), "ved behov" or "etter milepælsplan". The value
 * is the stored form of {@link Frequency}; an incomplete count is passed on as such, for the domain to refuse.
 */
class FrequencyField extends CustomField<String> {

    private final Select<FrequencyKind> kind = new Select<>();
    private final IntegerField count = new IntegerField();
    private final Select<FrequencyPeriod> period = new Select<>();

    FrequencyField(String label) {
        setLabel(label);
        addClassName("frequency-field");
        kind.setItems(List.of(FrequencyKind.values()));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("choice.unset") : getTranslation(k.messageKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("choice.unset"));
        kind.setAriaLabel(getTranslation("frequency.kind"));
        count.setMin(1);
        count.setMax(Frequency.MAX_COUNT);
        count.setStepButtonsVisible(true);
        count.setAriaLabel(getTranslation("frequency.count"));
        count.setWidth("8em");
        period.setItems(List.of(FrequencyPeriod.values()));
        period.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        period.setAriaLabel(getTranslation("frequency.period"));
        kind.addValueChangeListener(e -> showCountFields());
        var layout = new HorizontalLayout(kind, count, period);
        layout.setPadding(false);
        layout.setWrap(true);
        add(layout);
        showCountFields();
    }

    private void showCountFields() {
        boolean counted = kind.getValue() == FrequencyKind.EXACTLY || kind.getValue() == FrequencyKind.UP_TO;
        count.setVisible(counted);
        period.setVisible(counted);
    }

    @Override
    protected String generateModelValue() {
        FrequencyKind k = kind.getValue();
        if (k == null) {
            return "";
        }
        if (k == FrequencyKind.EXACTLY || k == FrequencyKind.UP_TO) {
            return k.name() + ":" + (count.getValue() == null ? "" : count.getValue()) + ":"
                    + (period.getValue() == null ? "" : period.getValue().name());
        }
        return k.name();
    }

    @Override
    protected void setPresentationValue(String stored) {
        Frequency frequency = Frequency.parse(stored);
        kind.setValue(frequency == null ? null : frequency.kind());
        count.setValue(frequency != null && frequency.hasCount() ? frequency.count() : null);
        period.setValue(frequency != null && frequency.hasCount() ? frequency.period() : null);
        showCountFields();
    }
}
