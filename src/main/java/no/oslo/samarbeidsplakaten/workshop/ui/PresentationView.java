package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.base.ui.AppAddress;
import no.oslo.samarbeidsplakaten.base.ui.PageFooter;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.ContentReplaced;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.StructureChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Typing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.ui.PosterReadSheet;
import no.oslo.samarbeidsplakaten.poster.ui.PosterRoute;
import no.oslo.samarbeidsplakaten.workshop.service.PresenceService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.FollowSection;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.PresenceChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.WorkshopChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import no.oslo.samarbeidsplakaten.workshop.ui.JoinCodeDialog.JoinCodePanel;

/**
 * The projector view: the poster in large type, read-only, following every committed change live, with the join code
 * and QR code while the workshop is open. It scrolls to the section the facilitator brings everyone to.
 */
@Route(value = PosterAddress.ROUTE + PosterAddress.PRESENTATION, autoLayout = false)
@RolesAllowed({"ADMIN", "MEMBER", "GUEST"})
public class PresentationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterQueries posters;
    private final OrganisationService organisationService;
    private final WorkshopService workshopService;
    private final PresenceService presence;
    private final LiveBroadcaster broadcaster;
    private final Div joinArea = new Div();
    private final Span presentCount = new Span();
    private final Div sheetHolder = new Div();
    private PosterDocument document;
    private PosterReadSheet sheet;
    private String baseAddress;
    private Registration subscription;

    public PresentationView(PosterQueries posters, OrganisationService organisationService,
            WorkshopService workshopService, PresenceService presence, LiveBroadcaster broadcaster) {
        this.posters = posters;
        this.organisationService = organisationService;
        this.workshopService = workshopService;
        this.presence = presence;
        this.broadcaster = broadcaster;
        addClassName("presentation");
        joinArea.addClassName("presentation-join");
        presentCount.addClassName("presentation-count");
        add(new Div(joinArea, presentCount), sheetHolder, new PageFooter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = PosterRoute.load(event, posters);
        if (document == null) {
            return;
        }
        baseAddress = AppAddress.base();
        showSheet();
        showJoinCode();
        showCount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (document == null) {
            return;
        }
        subscription = broadcaster.subscribe(event.getUI(), document.id(), this::onLive);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** A live event from the poster's workshop; package-visible so view tests can play the room. */
    void onLive(LiveEvent event) {
        switch (event) {
            case CellChanged change -> sheet.applyCell(change.cellId(), change.value(), change.revision(),
                    change.changedAt());
            case StructureChanged change -> sheet.applyRows(change.list(), change.rows(), change.changedAt());
            case Typing typing -> sheet.preview(typing.cellId(), typing.done() ? null : typing.text(),
                    typing.author());
            case ContentReplaced ignored -> reload();
            case WorkshopChanged ignored -> showJoinCode();
            case PresenceChanged ignored -> showCount();
            case FollowSection follow -> getElement().executeJs(
                    "document.getElementById($0)?.scrollIntoView({behavior: 'smooth', block: 'start'})",
                    follow.sectionId());
            default -> { }
        }
    }

    private void reload() {
        document = posters.load(document.id());
        showSheet();
    }

    private void showSheet() {
        sheetHolder.removeAll();
        sheet = new PosterReadSheet(document, new PosterLabels(this::getTranslation,
                organisationService.roleLabels(getLocale())));
        sheet.largeType();
        sheetHolder.add(sheet);
    }

    private void showJoinCode() {
        joinArea.removeAll();
        workshopService.findOpen(document.id()).ifPresent(w -> joinArea.add(new JoinCodePanel(w, baseAddress)));
    }

    private void showCount() {
        long people = presence.present(document.id()).stream().map(PresenceService.Present::actorKey).distinct()
                .count();
        presentCount.setText(getTranslation("presence.count", people));
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("app.name")
                : PageTitles.ofPoster(this, getTranslation("projector.pageTitle"), document.summary().departmentName(),
                        document.summary().agencyName());
    }
}
