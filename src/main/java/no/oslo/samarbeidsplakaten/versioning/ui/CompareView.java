package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.ui.ChangedText;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterRoute;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.FieldDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowDiff;
import no.oslo.samarbeidsplakaten.versioning.service.Comparison.RowStatus;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.jspecify.annotations.Nullable;

/**
 * Two versions side by side, attribute by attribute: meetings added, removed, renamed or moved, and every changed
 * value with its inserted and deleted words marked (underlined and struck through, with words for screen readers,
 * not by colour alone). Unchanged attributes are hidden unless asked for.
 */
@Route(PosterAddress.ROUTE + PosterAddress.COMPARE)
@RolesAllowed({"ADMIN", "MEMBER", "READER", "GUEST"})
public class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The "til" value for the current draft. */
    static final String DRAFT = "utkast";

    private final PosterQueries posters;
    private final VersioningService versioning;
    private final OrganisationService organisations;
    private final Div result = new Div();
    private PosterSummary poster;
    private PosterLabels labels;

    public CompareView(PosterQueries posters, VersioningService versioning,
            OrganisationService organisations) {
        this.posters = posters;
        this.versioning = versioning;
        this.organisations = organisations;
        addClassName("compare-view");
        result.addClassName("compare-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        poster = PosterRoute.summary(event, posters);
        if (poster == null) {
            return;
        }
        labels = new PosterLabels(this::getTranslation, organisations.roleLabels(getLocale()));
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        var pair = versioning.comparePair(poster.id(), number(query.get("fra")), number(query.get("til")));
        removeAll();
        if (pair.isEmpty()) {
            add(new H1(getTranslation("compare.title")), new Paragraph(getTranslation("compare.noVersions")));
            return;
        }
        List<Integer> numbers = pair.get().versions();
        int from = pair.get().from();
        Integer to = pair.get().to();

        var fromSelect = new Select<String>();
        fromSelect.setLabel(getTranslation("compare.from"));
        fromSelect.setItems(numbers.stream().map(String::valueOf).toList());
        fromSelect.setItemLabelGenerator(n -> getTranslation("history.versionNumber", n));
        fromSelect.setValue(String.valueOf(from));
        var toSelect = new Select<String>();
        toSelect.setLabel(getTranslation("compare.to"));
        var toItems = new ArrayList<String>();
        if (pair.get().withDraft()) {
            toItems.add(DRAFT);
        }
        numbers.forEach(n -> toItems.add(String.valueOf(n)));
        toSelect.setItems(toItems);
        toSelect.setItemLabelGenerator(n -> DRAFT.equals(n) ? getTranslation("compare.draft")
                : getTranslation("history.versionNumber", n));
        toSelect.setValue(to == null ? DRAFT : String.valueOf(to));
        var showUnchanged = new Checkbox(getTranslation("compare.showUnchanged"));
        fromSelect.addValueChangeListener(e -> go(e.getValue(), toSelect.getValue()));
        toSelect.addValueChangeListener(e -> go(fromSelect.getValue(), e.getValue()));
        showUnchanged.addValueChangeListener(e -> result.getElement().setAttribute("data-show-unchanged",
                String.valueOf(e.getValue())));
        var controls = new Div(fromSelect, toSelect, showUnchanged);
        controls.addClassName("compare-controls");

        Comparison comparison;
        try {
            comparison = versioning.compare(poster.id(), from, to, labels::display);
        } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(new NotFoundException("comparison"), "");
            return;
        }
        show(comparison);
        add(new Anchor(PosterAddress.history(poster.id()), getTranslation("version.history")),
                new H1(getTranslation("compare.title")), controls,
                new Paragraph(getTranslation("compare.count", comparison.changedCount())), result);
    }

    private void go(String from, String to) {
        getUI().ifPresent(ui -> ui.navigate(PosterAddress.compare(poster.id()),
                QueryParameters.simple(Map.of("fra", from, "til", to))));
    }

    private void show(Comparison comparison) {
        result.removeAll();
        var sections = new Div(new H2(getTranslation("compare.sections")));
        comparison.sections().forEach(f -> sections.add(field(f)));
        noteWhenUnchanged(sections, comparison.sections().stream().noneMatch(FieldDiff::changed));
        var meetings = new Div(new H2(getTranslation("compare.meetings")));
        comparison.meetings().forEach(row -> meetings.add(row(row, "meeting")));
        noteWhenUnchanged(meetings, unchanged(comparison.meetings()));
        var commitments = new Div(new H2(getTranslation("compare.commitments")),
                new H3(getTranslation("commitments.department")));
        comparison.departmentCommitments().forEach(row -> commitments.add(row(row, "commitment")));
        noteWhenUnchanged(commitments, unchanged(comparison.departmentCommitments()));
        commitments.add(new H3(getTranslation("commitments.agency")));
        comparison.agencyCommitments().forEach(row -> commitments.add(row(row, "commitment")));
        noteWhenUnchanged(commitments, unchanged(comparison.agencyCommitments()));
        result.add(sections, meetings, commitments);
    }

    private static boolean unchanged(List<RowDiff> rows) {
        return rows.stream().allMatch(row -> row.status() == RowStatus.UNCHANGED);
    }

    /** Without it, a part with nothing changed reads as a part that failed to load. */
    private void noteWhenUnchanged(Div part, boolean unchanged) {
        if (unchanged) {
            var note = new Paragraph(getTranslation("compare.noChanges"));
            note.addClassName("compare-none");
            part.add(note);
        }
    }

    private Component row(RowDiff row, String kind) {
        var box = new Div();
        box.addClassName("compare-row");
        box.getElement().setAttribute("data-status", row.status().name());
        var heading = new Div(new Span(row.name()));
        heading.addClassName("compare-row-heading");
        var status = new Span(getTranslation("compare.status." + row.status().name()));
        status.addClassName("compare-status");
        heading.add(status);
        if (row.renamed()) {
            heading.add(new Span(getTranslation("compare.renamed", row.oldName())));
        }
        if (row.moved() && row.status() != RowStatus.REMOVED) {
            heading.add(new Span(getTranslation("compare.moved", row.oldPosition(), row.newPosition())));
        }
        box.add(heading);
        if ("meeting".equals(kind)) {
            row.fields().forEach(f -> box.add(field(f)));
        } else if (row.status() == RowStatus.CHANGED) {
            box.add(field(row.fields().getFirst()));
        }
        return box;
    }

    private Component field(FieldDiff diff) {
        var box = new Div();
        box.addClassName("compare-field");
        box.getElement().setAttribute("data-changed", String.valueOf(diff.changed()));
        var label = new Span(labels.fieldLabel(diff.fieldKey()));
        label.addClassName("field-label");
        box.add(label, new ChangedText(diff.segments()));
        return box;
    }

    /** A version number from the address; "utkast", nothing or anything else leaves the choice to the default. */
    private static @Nullable Integer number(@Nullable List<String> values) {
        try {
            return values == null ? null : Integer.valueOf(values.getFirst());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return poster == null ? PageTitles.of(this, getTranslation("compare.title"))
                : PageTitles.ofPoster(this, getTranslation("compare.title"), poster.departmentName(),
                        poster.agencyName());
    }
}
