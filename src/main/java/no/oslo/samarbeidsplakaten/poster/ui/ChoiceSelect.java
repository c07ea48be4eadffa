package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.select.Select;
import no.oslo.samarbeidsplakaten.base.Choice;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;

/** Picks one value of a structured attribute; "ikke angitt" where the attribute may be left open. */
class ChoiceSelect extends Select<String> {

    ChoiceSelect(String label, CellKind kind, boolean required) {
        setLabel(label);
        setItems(kind.choices().stream().map(Choice::name).toList());
        setItemLabelGenerator(name -> kind.choices().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> getTranslation(c.messageKey())).orElse(getTranslation("choice.unset")));
        if (!required) {
            setEmptySelectionAllowed(true);
            setEmptySelectionCaption(getTranslation("choice.unset"));
        }
    }
}
