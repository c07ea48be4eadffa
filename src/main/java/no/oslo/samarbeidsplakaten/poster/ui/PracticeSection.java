package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PracticeCheck;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;

/**
 * The template's common rules on the poster: for each, whether the pair's meetings follow it and, where they do not,
 * the pair's reason ("det kan være gode grunner"), which saves itself like every field. A reason field, once shown,
 * stays for as long as the editor shows the poster: a peer fixing a meeting must not take away a field somebody is
 * typing in.
 */
class PracticeSection extends Div {

    private final PosterLabels labels;
    private final AutosaveBinder binder;
    private final Function<PosterDocument, List<PracticeCheck.Deviation>> review;
    private final Map<String, Rule> rules = new HashMap<>();

    PracticeSection(PosterDocument document, PosterLabels labels, AutosaveBinder binder,
            Function<PosterDocument, List<PracticeCheck.Deviation>> review) {
        this.labels = labels;
        this.binder = binder;
        this.review = review;
        addClassName("practice-rules");
        for (PracticeRule rule : document.template().rules()) {
            var shown = new Rule(rule, document);
            rules.put(rule.key(), shown);
            add(shown);
        }
        update(document);
    }

    /** Shows each rule's standing in the poster as it is now. */
    void update(PosterDocument document) {
        var deviations = new HashMap<String, PracticeCheck.Deviation>();
        review.apply(document).forEach(d -> deviations.put(d.rule().key(), d));
        rules.forEach((key, rule) -> rule.show(deviations.get(key), document));
    }

    /** Shows the reason field of a cell, e.g. to put back text the user had not saved when the poster was redrawn. */
    void reveal(long cellId, PosterDocument document) {
        rules.values().stream().filter(rule -> {
            var cell = document.sectionCells().get(rule.reasonKey);
            return cell != null && cell.id() == cellId;
        }).forEach(rule -> rule.showReason(document));
    }

    private final class Rule extends Div {

        private final String reasonKey;
        private final Span standing = new Span();
        private final UnorderedList findings = new UnorderedList();
        private TextArea reason;

        Rule(PracticeRule rule, PosterDocument document) {
            this.reasonKey = SectionField.reasonKey(rule.key());
            addClassName("practice-rule");
            var text = new H3(rule.text(getLocale()));
            standing.addClassName("practice-standing");
            add(text, standing, findings);
            var reasonCell = document.sectionCells().get(reasonKey);
            if (reasonCell != null && !reasonCell.value().isBlank()) {
                showReason(document);
            }
        }

        void show(PracticeCheck.Deviation deviation, PosterDocument document) {
            boolean deviates = deviation != null;
            getElement().setAttribute("data-deviates", String.valueOf(deviates));
            standing.setText(labels.t(deviates ? "practice.deviates" : "practice.follows"));
            findings.removeAll();
            if (deviates) {
                deviation.findings().forEach(finding -> findings.add(new ListItem(labels.finding(finding))));
                showReason(document);
            }
        }

        /** Binds the reason as the editor now shows the poster: a peer may have saved one since it opened. */
        private void showReason(PosterDocument document) {
            var reasonCell = document.sectionCells().get(reasonKey);
            if (reason != null || reasonCell == null) {
                return;
            }
            reason = new TextArea(labels.t("field.reason"));
            reason.setHelperText(labels.t("practice.reasonHelp"));
            reason.setWidthFull();
            reason.addClassName("practice-reason");
            binder.bindText(reason, reasonCell);
            add(reason);
        }
    }
}
