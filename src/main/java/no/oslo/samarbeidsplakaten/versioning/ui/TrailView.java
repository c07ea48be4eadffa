package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterRoute;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;

/** The draft's edit trail since the last agreed version: who changed what, when, from what to what. */
@Route(PosterAddress.ROUTE + PosterAddress.TRAIL)
@RolesAllowed({"ADMIN", "MEMBER", "GUEST"})
public class TrailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "";
    private static final String SECTIONS = "-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(OsloTime.ZONE);

    private final PosterQueries posters;
    private final VersioningService versioning;
    private final OrganisationService organisations;
    private PosterSummary summary;

    public TrailView(PosterQueries posters, VersioningService versioning, OrganisationService organisations) {
        this.posters = posters;
        this.versioning = versioning;
        this.organisations = organisations;
        addClassName("trail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var poster = PosterRoute.load(event, posters);
        if (poster == null) {
            return;
        }
        summary = poster.summary();
        removeAll();
        long posterId = poster.id();
        var labels = new PosterLabels(this::getTranslation, organisations.roleLabels(getLocale()));
        Instant since = versioning.trailStart(posterId);

        var filter = new Select<String>();
        filter.setLabel(getTranslation("trail.filter"));
        var targets = new ArrayList<String>();
        targets.add(ALL);
        targets.add(SECTIONS);
        posters.trailTargets(posterId, since).stream().filter(t -> !t.isEmpty()).sorted()
                .forEach(targets::add);
        filter.setItems(targets);
        filter.setItemLabelGenerator(t -> targetLabel(t));
        filter.setValue(ALL);

        var grid = new Grid<PosterChange>();
        grid.addColumn(c -> TIME.format(c.getChangedAt())).setHeader(getTranslation("trail.when"))
                .setFlexGrow(0).setWidth("12em");
        grid.addColumn(PosterChange::getChangedBy).setHeader(getTranslation("trail.who"));
        grid.addColumn(c -> describe(c, labels)).setHeader(getTranslation("trail.what")).setFlexGrow(2);
        grid.addColumn(c -> shorten(labels.display(c.getFieldKey() == null ? "" : c.getFieldKey(),
                c.getOldValue() == null ? "" : c.getOldValue()))).setHeader(getTranslation("trail.from"))
                .setFlexGrow(3);
        grid.addColumn(c -> shorten(labels.display(c.getFieldKey() == null ? "" : c.getFieldKey(),
                c.getNewValue() == null ? "" : c.getNewValue()))).setHeader(getTranslation("trail.to"))
                .setFlexGrow(3);
        grid.setItems(query -> posters.trail(posterId, since, filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        // Old and new values are the point of the trail: show them whole, not cut at the column edge.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("trail.empty"));
        grid.setAriaLabel(getTranslation("trail.title"));
        grid.setHeight("70vh");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new Anchor(PosterAddress.editor(posterId), getTranslation("version.draft")), new H1(getTranslation("trail.title")),
                new Paragraph(getTranslation(since.equals(Instant.EPOCH) ? "trail.leadAll" : "trail.leadSince")),
                filter, grid);
    }

    private String targetLabel(String target) {
        return switch (target) {
            case ALL -> getTranslation("trail.all");
            case SECTIONS -> getTranslation("trail.sections");
            case "DEPARTMENT_COMMITMENTS" -> getTranslation("commitments.department");
            case "AGENCY_COMMITMENTS" -> getTranslation("commitments.agency");
            default -> target;
        };
    }

    private String describe(PosterChange change, PosterLabels labels) {
        String where = change.getTarget().isEmpty() ? "" : targetLabel(change.getTarget()) + " – ";
        return switch (change.getKind()) {
            case CELL -> where + labels.fieldLabel(change.getFieldKey());
            case ROW_ADDED -> getTranslation("trail.rowAdded", targetLabel(change.getTarget()));
            case ROW_REMOVED -> getTranslation("trail.rowRemoved", targetLabel(change.getTarget()));
            case ROW_MOVED -> getTranslation("trail.rowMoved", targetLabel(change.getTarget()));
            case RESTORED -> getTranslation("trail.restored", change.getTarget());
            case IMPORTED -> getTranslation("trail.imported");
            case TEMPLATE_ADOPTED -> getTranslation("trail.templateAdopted", change.getTarget());
        };
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }

    @Override
    public String getPageTitle() {
        return summary == null ? PageTitles.of(this, getTranslation("trail.title"))
                : PageTitles.ofPoster(this, getTranslation("trail.title"), summary.departmentName(),
                        summary.agencyName());
    }
}
