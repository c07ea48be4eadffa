package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;

/**
 * The default roles of a meeting type, chosen from the draft's role catalogue and stored as the poster stores them:
 * role keys in catalogue order, separated by commas. A key the catalogue lacks is kept and shown as it is, so the
 * check before publishing can name it.
 */
class RolesChoice extends CustomField<String> {

    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final List<String> order;

    RolesChoice(String label, List<PosterTemplate.Role> catalogue, Locale locale) {
        // The label is the inner field's own, so it names the input a screen reader lands on.
        roles.setLabel(label);
        order = catalogue.stream().map(PosterTemplate.Role::key).collect(Collectors.toList());
        Map<String, String> labels = catalogue.stream()
                .collect(Collectors.toMap(PosterTemplate.Role::key, role -> role.label(locale), (a, b) -> a));
        roles.setItems(order);
        roles.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        roles.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        roles.setWidthFull();
        roles.addValueChangeListener(e -> updateValue());
        setWidthFull();
        add(roles);
    }

    @Override
    protected String generateModelValue() {
        var chosen = roles.getValue();
        return order.stream().filter(chosen::contains).collect(Collectors.joining(","));
    }

    @Override
    protected void setPresentationValue(String value) {
        var keys = new LinkedHashSet<String>();
        Arrays.stream(value == null ? new String[0] : value.split(",")).map(String::strip)
                .filter(key -> !key.isEmpty()).forEach(keys::add);
        var unknown = keys.stream().filter(key -> !order.contains(key)).toList();
        if (!unknown.isEmpty()) {
            order.addAll(unknown);
            roles.setItems(order);
        }
        roles.setValue(keys);
    }
}
