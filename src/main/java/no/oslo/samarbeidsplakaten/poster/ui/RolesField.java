package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/** Picks roles from the role catalogue: the poster names roles, never persons. */
class RolesField extends MultiSelectComboBox<String> {

    private final List<String> catalogueOrder;

    /** @param catalogueOrder the roles offered now; a retired role a poster still names is added when it is read */
    RolesField(String label, List<String> catalogueOrder, PosterLabels labels) {
        super(label);
        this.catalogueOrder = new ArrayList<>(catalogueOrder);
        setItems(this.catalogueOrder);
        setItemLabelGenerator(labels::role);
        setAutoExpand(AutoExpandMode.BOTH);
        setWidthFull();
    }

    Set<String> decode(String stored) {
        var roles = new LinkedHashSet<>(CellKind.roleKeys(stored));
        var retired = roles.stream().filter(role -> !catalogueOrder.contains(role)).toList();
        if (!retired.isEmpty()) {
            // Kept, so the pair's choice is neither hidden nor dropped at the next save.
            catalogueOrder.addAll(retired);
            setItems(catalogueOrder);
        }
        return roles;
    }

    /** Roles are stored in catalogue order, so the same choice always reads the same. */
    String encode(Set<String> roles) {
        return String.join(",", catalogueOrder.stream().filter(roles::contains).toList());
    }
}
