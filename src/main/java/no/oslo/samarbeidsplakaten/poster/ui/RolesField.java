package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/** Picks roles from the role catalogue: the poster names roles, never persons. */
class RolesField extends MultiSelectComboBox<String> {

    private final List<String> catalogueOrder;

    RolesField(String label, List<String> catalogueOrder, PosterLabels labels) {
        super(label);
        this.catalogueOrder = catalogueOrder;
        setItems(catalogueOrder);
        setItemLabelGenerator(labels::role);
        setAutoExpand(AutoExpandMode.BOTH);
        setWidthFull();
    }

    Set<String> decode(String stored) {
        return new LinkedHashSet<>(CellKind.roleKeys(stored));
    }

    /** Roles are stored in catalogue order, so the same choice always reads the same. */
    String encode(Set<String> roles) {
        return String.join(",", catalogueOrder.stream().filter(roles::contains).toList());
    }
}
