package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.PosterDownloads;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterRoute;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionSummary;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;

/** All agreed versions of a poster, newest first: open one, compare it with the one before, or restore it. */
@Route(PosterAddress.ROUTE + PosterAddress.HISTORY)
@RolesAllowed({"ADMIN", "MEMBER", "READER", "GUEST"})
public class HistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterQueries posters;
    private final VersioningService versioning;
    private final PosterDownloads downloads;
    private PosterSummary poster;

    public HistoryView(PosterQueries posters, VersioningService versioning, PosterDownloads downloads) {
        this.posters = posters;
        this.versioning = versioning;
        this.downloads = downloads;
        addClassName("history-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        poster = PosterRoute.summary(event, posters);
        if (poster == null) {
            return;
        }
        removeAll();
        long posterId = poster.id();
        boolean worksOnDraft = posters.mayWorkOn(posterId);
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(OsloTime.ZONE);
        var grid = new Grid<VersionSummary>();
        grid.addColumn(v -> getTranslation("history.versionNumber", v.number())).setHeader(
                getTranslation("history.version")).setFlexGrow(0).setWidth("8em");
        grid.addColumn(v -> date.format(v.lockedAt())).setHeader(getTranslation("history.lockedAt"));
        grid.addColumn(v -> v.approvers().stream().map(a -> a.inWords(this::getTranslation))
                .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("history.approvers"))
                .setFlexGrow(3);
        grid.addColumn(VersionSummary::changeSummary).setHeader(getTranslation("history.summary")).setFlexGrow(3);
        grid.addColumn(v -> date.format(v.nextReview())).setHeader(getTranslation("history.review"));
        grid.addColumn(new ComponentRenderer<>(v -> {
            var open = new Anchor(PosterAddress.version(posterId, v.number()), getTranslation("history.open"));
            open.getElement().setAttribute("aria-label", getTranslation("history.openLabel", v.number()));
            var actions = new Div(open);
            if (v.number() > 1) {
                var compare = new Anchor(PosterAddress.compare(posterId) + "?fra=" + (v.number() - 1) + "&til=" + v.number(),
                        getTranslation("history.compare"));
                compare.getElement().setAttribute("aria-label", getTranslation("history.compareLabel",
                        v.number() - 1, v.number()));
                actions.add(compare);
            }
            var restore = new Button(getTranslation("history.restore"), e -> confirmRestore(v.number()));
            restore.setAriaLabel(getTranslation("history.restoreLabel", v.number()));
            var export = downloads.button(posterId, v.number(), worksOnDraft);
            export.setAriaLabel(getTranslation("history.exportLabel", v.number()));
            actions.add(export);
            if (worksOnDraft) {
                actions.add(restore);
            }
            actions.addClassName("history-actions");
            return actions;
        })).setHeader(getTranslation("history.actions")).setFlexGrow(3);
        grid.setItems(query -> versioning.history(posterId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setAriaLabel(getTranslation("history.title"));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        var heading = new H1(getTranslation("history.heading", poster.departmentName(), poster.agencyName()));
        var lead = new Paragraph(getTranslation("history.lead"));
        if (worksOnDraft) {
            add(new Anchor(PosterAddress.editor(posterId), getTranslation("history.back")), heading, lead,
                    new Anchor(PosterAddress.compare(posterId), getTranslation("history.compareDraft")), grid);
        } else {
            add(heading, lead, grid);
        }
    }

    private void confirmRestore(int number) {
        var confirm = new ConfirmDialog(getTranslation("restore.title", number),
                getTranslation("restore.text", number), getTranslation("restore.confirm", number), e -> {
                    versioning.restore(poster.id(), number);
                    UI.getCurrent().navigate(PosterAddress.editor(poster.id()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return poster == null ? PageTitles.of(this, getTranslation("history.title"))
                : PageTitles.ofPoster(this, getTranslation("history.title"), poster.departmentName(),
                        poster.agencyName());
    }
}
