package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntConsumer;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;

/**
 * Publishing: the checks first (every problem listed, publishing refused while there are any), then what the new
 * version removes that posters use (named, and confirmed), and a change note the pairs will read.
 */
class PublishDialog extends Dialog {

    PublishDialog(TemplateDrafts drafts, IntConsumer published) {
        var draft = drafts.draft();
        setHeaderTitle(getTranslation("template.publish.title", draft.nextVersion()));
        addClassName("template-publish");
        setWidth("min(48rem, 95vw)");
        var problems = drafts.problems();
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (!problems.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("template-problems");
            problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.arguments().toArray()))));
            add(new Paragraph(getTranslation("template.publish.problems", problems.size())), list);
            getFooter().add(cancel);
            return;
        }
        var removals = drafts.removals();
        var confirmRemovals = new Checkbox(getTranslation("template.publish.confirmRemovals.box"));
        boolean anyUsed = removals.stream().anyMatch(r -> !r.posters().isEmpty());
        if (!removals.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("template-removals");
            removals.forEach(r -> list.add(new ListItem(r.posters().isEmpty()
                    ? getTranslation("template.publish.removal." + r.kind(), r.name())
                    : getTranslation("template.publish.removalUsed." + r.kind(), r.name(), r.posters().size(),
                            String.join("; ", r.posters())))));
            add(new H3(getTranslation("template.publish.removals")), list);
            if (anyUsed) {
                add(confirmRemovals);
            }
        }
        var note = new TextArea(getTranslation("template.publish.note"));
        note.setHelperText(getTranslation("template.publish.note.help"));
        note.setRequired(true);
        note.setMaxLength(TemplateDrafts.MAX_NOTE);
        // The button may be pressed without leaving the field first (a script, an assistive tool): send as typed.
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setWidthFull();
        add(new Paragraph(getTranslation("template.publish.lead")), note);
        var publish = new Button(getTranslation("template.publish.confirm", draft.nextVersion()), e -> {
            try {
                int version = drafts.publish(note.getValue(), confirmRemovals.getValue());
                close();
                published.accept(version);
            } catch (DomainException refused) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, publish);
    }
}
