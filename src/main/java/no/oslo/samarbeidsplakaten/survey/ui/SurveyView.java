package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairStatus;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService.Scope;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import org.jspecify.annotations.Nullable;

/**
 * The kartlegging: the city's governance dialogue compared across department–agency pairs, from their posters. The
 * mayor's office sees every pair, a department its own agencies; an agency sees its own pair next to the city's
 * typical practice.
 */
@Route("kartlegging")
@Menu(title = "nav.survey", order = 1.5)
@RolesAllowed({"ADMIN", "MEMBER"})
public class SurveyView extends Main implements HasDynamicTitle {

    private final SurveyService surveys;
    private final SurveyTexts texts;
    private final Div content = new Div();
    private final Select<Long> department = new Select<>();
    private final Anchor excel = new Anchor();
    private final Anchor pdf = new Anchor();

    public SurveyView(SurveyService surveys, OrganisationService organisations) {
        this.surveys = surveys;
        this.texts = new SurveyTexts(new PosterLabels(this::getTranslation, organisations.roleLabels(getLocale())),
                getLocale());
        addClassName("survey-view");
        add(new H1(getTranslation("survey.title")));
        var scope = surveys.scope();
        if (scope == Scope.AGENCY) {
            add(new AgencyComparison(surveys, texts));
            return;
        }
        var toolbar = new Div();
        toolbar.addClassName("survey-toolbar");
        if (scope == Scope.CITY) {
            var departments = surveys.survey(null).departments();
            var choices = new ArrayList<Long>();
            choices.add(-1L);
            choices.addAll(departments.keySet());
            department.setLabel(getTranslation("survey.department"));
            department.setItems(choices);
            department.setItemLabelGenerator(id -> id == -1L ? getTranslation("survey.allDepartments")
                    : departments.get(id));
            department.setValue(-1L);
            department.addValueChangeListener(e -> show());
            toolbar.add(department);
        }
        excel.setText(getTranslation("survey.download.excel"));
        pdf.setText(getTranslation("survey.download.pdf"));
        for (var link : List.of(excel, pdf)) {
            link.addClassName("survey-download");
            link.getElement().setAttribute("download", true);
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        }
        toolbar.add(excel, pdf);
        add(toolbar, content);
        show();
    }

    private @Nullable Long departmentFilter() {
        Long chosen = department.getValue();
        return chosen == null || chosen == -1L ? null : chosen;
    }

    private void show() {
        var survey = surveys.survey(departmentFilter());
        String query = "?sprak=" + getLocale().getLanguage()
                + (departmentFilter() == null ? "" : "&avdeling=" + departmentFilter());
        excel.setHref("eksport/kartlegging.xlsx" + query);
        pdf.setHref("eksport/kartlegging.pdf" + query);
        content.removeAll();
        var lead = new Paragraph(texts.basedOn(survey) + " " + getTranslation("survey.template",
                survey.templateName(), survey.templateVersion()));
        lead.addClassName("survey-lead");
        content.add(lead, counts(survey), parts(survey));
    }

    private Component counts(CitySurvey survey) {
        var counts = new Div();
        counts.addClassName("survey-counts");
        counts.getElement().setAttribute("role", "list");
        counts.add(count(getTranslation("survey.count.pairs"), survey.pairs().size(), "pairs"));
        for (PairStatus status : PairStatus.values()) {
            counts.add(count(getTranslation("choice.PairStatus." + status.name()), survey.count(status),
                    status.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return counts;
    }

    private static Component count(String label, long value, String kind) {
        var number = new Span(String.valueOf(value));
        number.addClassName("survey-count-number");
        var box = new Div(number, new Span(label));
        box.addClassNames("survey-count", "survey-count-" + kind);
        box.getElement().setAttribute("role", "listitem");
        return box;
    }

    /**
     * The parts of the kartlegging, one shown at a time. Each is built when it is first opened (most readers open one
     * or two) and kept while the filter stays. Plain toggle buttons, not a tab list: Vaadin's tabs fail axe's rule
     * that a tab list holds only tabs.
     */
    private Component parts(CitySurvey survey) {
        var buttons = new Div();
        buttons.addClassName("survey-parts");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", getTranslation("survey.parts"));
        var shown = new Div();
        shown.addClassName("survey-tab");
        var parts = new LinkedHashMap<String, Supplier<Component>>();
        parts.put("status", () -> new StatusTab(survey, texts));
        parts.put("matrix", () -> new MatrixTab(survey, texts));
        parts.put("deviations", () -> new DeviationsTab(survey, texts));
        parts.put("terms", () -> new TermsTab(survey, surveys, texts, surveys.scope() == Scope.CITY,
                () -> surveys.survey(departmentFilter())));
        parts.put("reflection", () -> new ReflectionTab(survey, texts));
        parts.put("pictures", () -> new PicturesTab(survey, texts));
        var built = new HashMap<String, Component>();
        parts.forEach((key, part) -> {
            var button = new Button(getTranslation("survey.tab." + key));
            button.setId("tab-" + key);
            button.addClassName("survey-part");
            button.addClickListener(e -> {
                buttons.getChildren().forEach(other -> {
                    other.getElement().setAttribute("aria-pressed", "false");
                    ((Button) other).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                });
                button.getElement().setAttribute("aria-pressed", "true");
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                shown.removeAll();
                shown.add(built.computeIfAbsent(key, k -> part.get()));
            });
            button.getElement().setAttribute("aria-pressed", "false");
            buttons.add(button);
        });
        ((Button) buttons.getChildren().findFirst().orElseThrow()).click();
        return new Div(buttons, shown);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("survey.title"));
    }
}
