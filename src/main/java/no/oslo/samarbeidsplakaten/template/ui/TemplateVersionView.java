package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.template.service.MeetingValueLabels;
import no.oslo.samarbeidsplakaten.template.service.TemplateOutline;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;

/** One published template version, every text of it, read-only. */
@Route("maler/versjon")
@RolesAllowed("ADMIN")
public class TemplateVersionView extends Main implements HasUrlParameter<Integer>, HasDynamicTitle {

    private final TemplateService templates;
    private final List<MeetingValueLabels> meetingValues;
    private int version;

    public TemplateVersionView(TemplateService templates, List<MeetingValueLabels> meetingValues) {
        this.templates = templates;
        this.meetingValues = meetingValues;
        addClassName("template-version-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Integer number) {
        var template = templates.find(TemplateService.OSLO_STANDARD, number)
                .orElseThrow(() -> new NotFoundException("template version " + number));
        version = number;
        removeAll();
        add(new H1(getTranslation("template.version.title", number)), new Paragraph(template.name()),
                new Anchor("maler/versjoner", getTranslation("template.versions.title")));
        var entries = TemplateOutline.of(template, TemplateWords.of(this, meetingValues, getLocale()));
        for (String group : TemplateOutline.GROUPS) {
            var section = new Section(new H2(getTranslation("template.group." + group)));
            String item = null;
            for (var entry : entries) {
                if (!entry.group().equals(group) || entry.text().isBlank()) {
                    continue;
                }
                if (!entry.item().isEmpty() && !Objects.equals(item, entry.item())) {
                    item = entry.item();
                    section.add(new H3(item));
                }
                var label = new Div(getTranslation(entry.labelKey()));
                label.addClassName("field-label");
                var text = new Div(entry.text());
                text.addClassName("template-text");
                section.add(new Div(label, text));
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("template.version.title", version));
    }
}
