package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.text.WordDiff;
import no.oslo.samarbeidsplakaten.base.ui.Announcer;
import no.oslo.samarbeidsplakaten.base.ui.ChangedText;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption.Change;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;

/**
 * What a newer template version changes, part by part, beside the pair's own text: the pair keeps or takes each
 * change, and nothing is adopted until they confirm. The template's own texts (guidance, questions, rules, roles)
 * are listed as coming with the version.
 */
class AdoptTemplateDialog extends Dialog {

    private final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();
    /** Where news of the adoption is announced: the dialog itself is gone by then. */
    private final Component page;

    AdoptTemplateDialog(TemplateAdoption adoption, long posterId, TemplateAdoption.Offer offer, PosterLabels labels,
            Component page) {
        this.page = page;
        setHeaderTitle(getTranslation("adopt.title", offer.to()));
        addClassName("adopt-dialog");
        setWidth("min(64rem, 96vw)");
        if (!offer.changeNote().isBlank()) {
            var note = new Paragraph(getTranslation("adopt.note", offer.changeNote()));
            note.addClassName("change-note");
            add(note);
        }
        add(new Paragraph(getTranslation("adopt.lead", offer.from(), offer.to())));
        List<Change> changes = adoption.preview(posterId);
        for (String part : PosterTemplate.SECTION_KEYS) {
            var inPart = changes.stream().filter(c -> c.part().equals(part)).toList();
            if (inPart.isEmpty()) {
                continue;
            }
            var section = new Div(new H3(getTranslation("adopt.part." + part)));
            section.addClassName("adopt-part");
            inPart.forEach(change -> section.add(change(change, labels)));
            add(section);
        }
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("adopt.nothing")));
        }
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        var adopt = new Button(getTranslation("adopt.confirm", offer.to()),
                e -> confirm(adoption, posterId, offer, changes));
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, adopt);
    }

    private Div change(Change change, PosterLabels labels) {
        var box = new Div();
        box.addClassName("adopt-change");
        box.getElement().setAttribute("data-change", change.id());
        String what = switch (change.fieldKey()) {
            case "" -> change.subject();
            case "question", "rule", "role", "guidance", "title" ->
                    getTranslation("adopt.item." + change.fieldKey(), change.subject());
            default -> (change.subject().isEmpty() ? "" : change.subject() + " – ") + fieldLabel(change, labels);
        };
        box.add(new H4(getTranslation("adopt.kind." + change.kind().name(), what)));
        String before = display(change, change.oldText(), labels);
        String after = display(change, change.newText(), labels);
        if (!before.isEmpty() && !after.isEmpty()) {
            var label = new Span(getTranslation("adopt.diff"));
            label.addClassName("field-label");
            var diff = new Div(label, new ChangedText(WordDiff.between(before, after)));
            diff.addClassName("adopt-diff");
            box.add(diff);
        } else if (!before.isEmpty()) {
            box.add(text("adopt.old", before));
        } else if (!after.isEmpty()) {
            box.add(text("adopt.new", after));
        }
        if (!change.choosable()) {
            var comes = new Paragraph(getTranslation("adopt.comesWith"));
            comes.addClassName("adopt-info");
            box.add(comes);
            return box;
        }
        box.add(text("adopt.ours", change.pairText().isEmpty() ? getTranslation("adopt.oursNone")
                : display(change, change.pairText(), labels)));
        var choice = new RadioButtonGroup<Boolean>(getTranslation("adopt.choice", what));
        choice.setItems(false, true);
        choice.setItemLabelGenerator(take -> getTranslation(take ? "adopt.take." + change.kind().name()
                : "adopt.keep." + change.kind().name()));
        choice.setValue(change.takenByDefault());
        choices.put(change.id(), choice);
        box.add(choice);
        return box;
    }

    private String fieldLabel(Change change, PosterLabels labels) {
        return change.fieldKey().startsWith("commitments.") ? getTranslation(change.fieldKey())
                : labels.fieldLabel(change.fieldKey());
    }

    private static String display(Change change, String value, PosterLabels labels) {
        return change.id().startsWith("meeting:") ? labels.display(change.fieldKey(), value) : value;
    }

    private Div text(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        var text = new Div(value);
        text.addClassName("adopt-text");
        var box = new Div(label, text);
        box.addClassName("adopt-" + labelKey.substring("adopt.".length()));
        return box;
    }

    private void confirm(TemplateAdoption adoption, long posterId, TemplateAdoption.Offer offer, List<Change> shown) {
        var taken = new HashSet<String>();
        choices.forEach((id, choice) -> {
            if (Boolean.TRUE.equals(choice.getValue())) {
                taken.add(id);
            }
        });
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("adopt.sure.title", offer.to()));
        dialog.setText(getTranslation("adopt.sure.text", taken.size(), choices.size() - taken.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("adopt.sure.confirm", offer.to()));
        dialog.addConfirmListener(e -> {
            try {
                adoption.adopt(posterId, offer, shown, taken);
                close();
                Announcer.announce(page, getTranslation("adopt.done", offer.to()));
            } catch (DomainException refused) {
                close();
                Announcer.announce(page, getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        dialog.open();
    }
}
