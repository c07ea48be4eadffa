package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.oslo.samarbeidsplakaten.base.ui.AppAddress;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.base.ui.PrintButton;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.PosterCalendar;
import no.oslo.samarbeidsplakaten.poster.PosterDownloads;
import org.springframework.beans.factory.ObjectProvider;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;

/** The read-only poster at a stable address, for readers and for the browser's print. */
@Route(PosterAddress.ROUTE + PosterAddress.READ_ONLY)
@RolesAllowed({"ADMIN", "MEMBER", "GUEST"})
public class PosterReadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterQueries posters;
    private final PracticeReview practiceReview;
    private final OrganisationService organisationService;
    private final PosterDownloads downloads;
    private final ObjectProvider<PosterCalendar> calendar;
    private PosterDocument document;

    public PosterReadView(PosterQueries posters, OrganisationService organisationService,
            PosterDownloads downloads, PracticeReview practiceReview, ObjectProvider<PosterCalendar> calendar) {
        this.calendar = calendar;
        this.practiceReview = practiceReview;
        this.posters = posters;
        this.organisationService = organisationService;
        this.downloads = downloads;
        addClassName("poster-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = PosterRoute.load(event, posters);
        if (document == null) {
            return;
        }
        removeAll();
                var toolbar = new Div(new SectionNav(PosterAddress.readOnly(document.id())),
                new Anchor(PosterAddress.editor(document.id()), getTranslation("view.edit")),
                new PrintButton(), downloads.button(document.id(), null, true));
        toolbar.addClassName("editor-toolbar");
        calendar.ifAvailable(feed -> feed.button(document.id(), document.summary().agreedVersion() != null,
                AppAddress.base()).ifPresent(toolbar::add));
        var sheet = new PosterReadSheet(document,
                new PosterLabels(this::getTranslation, organisationService.roleLabels(getLocale())));
        sheet.showPractice(practiceReview.deviations(document));
        add(toolbar, sheet);
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("app.name")
                : PageTitles.ofPoster(this, getTranslation("view.pageTitle"), document.summary().departmentName(),
                        document.summary().agencyName());
    }
}
