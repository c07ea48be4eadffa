package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterFilter;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;

/** The oversikt: every poster as a row, lazily loaded, sortable and filterable. */
@Route("")
@Menu(title = "nav.overview", order = 1)
@RolesAllowed({"ADMIN", "MEMBER", "READER"})
public class OverviewView extends Main implements HasDynamicTitle {

    private final Grid<PosterSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<PosterStatus> status = new Select<>();

    public OverviewView(PosterQueries posters, PosterLifecycle lifecycle, OrganisationService organisationService) {
        addClassName("overview");
        var title = new H1(getTranslation("overview.title"));

        search.setLabel(getTranslation("overview.search"));
        search.setPlaceholder(getTranslation("overview.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel(getTranslation("overview.status"));
        status.setItems(List.of(PosterStatus.values()));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("overview.status.all") : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("overview.status.all"));
        var create = new Button(getTranslation("overview.create"), VaadinIcon.PLUS.create(),
                e -> new CreatePosterDialog(lifecycle, organisationService).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, status);
        if (lifecycle.mayCreate()) {
            toolbar.add(create);
        }
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("overview-toolbar");

        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(OsloTime.ZONE);
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(PosterSummary::departmentName).setHeader(getTranslation("overview.col.department"))
                .setSortProperty("d.name").setFlexGrow(2).setKey("department");
        grid.addColumn(new ComponentRenderer<>(p -> new Anchor(posters.addressFor(p), p.agencyName())))
                .setHeader(getTranslation("overview.col.agency")).setSortProperty("a.name").setFlexGrow(2)
                .setKey("agency");
        grid.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("overview.col.status"))
                .setSortProperty("p.status").setKey("status");
        grid.addColumn(p -> dateTime.format(p.lastChangedAt())).setHeader(getTranslation("overview.col.changed"))
                .setSortProperty("p.lastChangedAt").setKey("changed");
        grid.addColumn(p -> p.agreedVersion() == null ? "–" : String.valueOf(p.agreedVersion()))
                .setHeader(getTranslation("overview.col.version")).setSortProperty("p.agreedVersion")
                .setTextAlign(ColumnTextAlign.END).setKey("version");
        var today = java.time.LocalDate.now(OsloTime.ZONE);
        grid.addColumn(p -> switch (p.reviewState(today)) {
            case DUE -> getTranslation("overview.reviewDue", date.format(p.nextReview()));
            case SOON -> getTranslation("overview.reviewSoon", date.format(p.nextReview()),
                    java.time.temporal.ChronoUnit.DAYS.between(today, p.nextReview()));
            case NOT_DUE -> p.nextReview() == null ? "–" : date.format(p.nextReview());
        }).setHeader(getTranslation("overview.col.review")).setSortProperty("p.nextReview").setKey("review");
        grid.setPartNameGenerator(p -> switch (p.reviewState(today)) {
            case DUE -> "review-due";
            case SOON -> "review-soon";
            case NOT_DUE -> null;
        });
        grid.setMultiSort(true);
        // Names and dates wrap rather than end in "…": zoomed or with wider text spacing, nothing is cut off.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> posters.findSummaries(new PosterFilter(search.getValue(), status.getValue()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("overview.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(posters.addressFor(e.getItem()))));
        grid.setAriaLabel(getTranslation("overview.title"));
        grid.setSizeFull();

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(title, toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("overview.pageTitle"));
    }
}
