package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.ui.ChangedText;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.template.service.MeetingValueLabels;
import no.oslo.samarbeidsplakaten.template.service.TemplateOutline;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;

/** Two template versions compared word by word, as poster versions are. */
@Route("maler/sammenlign")
@RolesAllowed("ADMIN")
public class TemplateCompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TemplateService templates;
    private final List<MeetingValueLabels> meetingValues;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div result = new Div();

    public TemplateCompareView(TemplateService templates, List<MeetingValueLabels> meetingValues) {
        this.templates = templates;
        this.meetingValues = meetingValues;
        addClassName("template-compare");
        var numbers = templates.versions().stream().map(TemplateService.VersionInfo::version).sorted().toList();
        from.setLabel(getTranslation("template.compare.from"));
        to.setLabel(getTranslation("template.compare.to"));
        for (var select : List.of(from, to)) {
            select.setItems(numbers);
            select.setItemLabelGenerator(n -> getTranslation("template.versions.version", n));
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    navigate();
                }
            });
        }
        var choices = new Div(from, to);
        choices.addClassName("compare-choices");
        result.addClassName("compare-result");
        add(new H1(getTranslation("template.compare.title")),
                new Anchor("maler/versjoner", getTranslation("template.versions.title")), choices, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        var numbers = templates.versions().stream().map(TemplateService.VersionInfo::version).sorted().toList();
        int newest = numbers.getLast();
        int older = number(query.get("fra"), Math.max(1, newest - 1));
        int newer = number(query.get("til"), newest);
        from.setValue(numbers.contains(older) ? older : numbers.getFirst());
        to.setValue(numbers.contains(newer) ? newer : newest);
        show();
    }

    private void navigate() {
        getUI().ifPresent(ui -> ui.navigate("maler/sammenlign", QueryParameters.simple(
                Map.of("fra", String.valueOf(from.getValue()), "til", String.valueOf(to.getValue())))));
    }

    private void show() {
        result.removeAll();
        var before = templates.byKeyAndVersion(TemplateService.OSLO_STANDARD, from.getValue());
        var after = templates.byKeyAndVersion(TemplateService.OSLO_STANDARD, to.getValue());
        var differences = TemplateOutline.compare(before, after, TemplateWords.of(this, meetingValues, getLocale()));
        if (differences.isEmpty()) {
            result.add(new Paragraph(getTranslation("template.compare.same")));
            return;
        }
        result.add(new Paragraph(getTranslation("template.compare.count", differences.size())));
        for (String group : TemplateOutline.GROUPS) {
            var inGroup = differences.stream().filter(d -> d.entry().group().equals(group)).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            var section = new Section(new H2(getTranslation("template.group." + group)));
            for (var difference : inGroup) {
                var entry = difference.entry();
                var status = new Span(getTranslation("template.compare.status." + difference.status().name()));
                status.addClassName("compare-status");
                var label = new Span((entry.item().isEmpty() ? "" : entry.item() + " – ")
                        + getTranslation(entry.labelKey()));
                label.addClassName("field-label");
                var box = new Div(status, label, new ChangedText(difference.segments()));
                box.addClassName("compare-field");
                box.getElement().setAttribute("data-status", difference.status().name());
                section.add(box);
            }
            result.add(section);
        }
    }

    private static int number(List<String> values, int fallback) {
        try {
            return values == null ? fallback : Integer.parseInt(values.getFirst());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("template.compare.title"));
    }
}
