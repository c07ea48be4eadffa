package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;

/** Asks for the name and kind of a meeting the pair adds to its matrix (startmøte, strategimøte …). */
class AddMeetingDialog extends Dialog {

    interface Adder {
        /** @throws DomainException when the name is refused */
        void add(String name, Formality formality);
    }

    AddMeetingDialog(Adder adder) {
        setHeaderTitle(getTranslation("meeting.add.title"));
        var name = new TextField(getTranslation("meeting.field.name"));
        name.setMaxLength(CellKind.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(getTranslation("meeting.add.placeholder"));
        name.setWidthFull();
        var formality = new RadioButtonGroup<Formality>(getTranslation("meeting.field.formality"));
        formality.setItems(List.of(Formality.values()));
        formality.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        formality.setValue(Formality.FORMAL);
        add(new VerticalLayout(name, formality));

        var add = new Button(getTranslation("meeting.add.confirm"), e -> {
            try {
                adder.add(name.getValue(), formality.getValue());
                close();
            } catch (DomainException refused) {
                name.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), add);
        addOpenedChangeListener(e -> name.focus());
    }
}
