package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.base.ui.PrintButton;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.PosterDownloads;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;
import no.oslo.samarbeidsplakaten.poster.ui.PosterReadSheet;
import no.oslo.samarbeidsplakaten.poster.ui.PosterRoute;
import no.oslo.samarbeidsplakaten.versioning.service.VersionView;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;

/** One agreed version, read-only, with its record: when, approved by whom, who took part (by role). */
@Route(PosterAddress.ROUTE + PosterAddress.VERSION + "/:number(\\d+)")
@RolesAllowed({"ADMIN", "MEMBER", "READER", "GUEST"})
public class VersionPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterQueries posters;
    private final PracticeReview practiceReview;
    private final VersioningService versioning;
    private final OrganisationService organisations;
    private final PosterDownloads downloads;
    private VersionView version;

    public VersionPage(PosterQueries posters, VersioningService versioning,
            OrganisationService organisations, PosterDownloads downloads, PracticeReview practiceReview) {
        this.practiceReview = practiceReview;
        this.posters = posters;
        this.versioning = versioning;
        this.organisations = organisations;
        this.downloads = downloads;
        addClassName("poster-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var poster = PosterRoute.summary(event, posters);
        if (poster == null) {
            return;
        }
        int number = event.getRouteParameters().getInteger("number").orElseThrow();
        try {
            version = versioning.version(poster.id(), number);
        } catch (NotFoundException e) {
            event.rerouteToError(e, "");
            return;
        }
        removeAll();
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(OsloTime.ZONE);
        var banner = new Div();
        banner.addClassName("version-banner");
        banner.getElement().setAttribute("role", "note");
        var state = new Span(version.current() ? getTranslation("version.current")
                : getTranslation("version.replaced", version.latestNumber()));
        state.addClassName("status-badge");
        state.getElement().setAttribute("data-status", version.current() ? "AGREED" : "REPLACED");
        banner.add(new H1(getTranslation("version.heading", number, date.format(version.lockedAt()))), state);
        if (!version.changeSummary().isBlank()) {
            banner.add(new Paragraph(getTranslation("version.summary", version.changeSummary())));
        }
        banner.add(list("version.approvers", version.approvers().stream()
                .map(a -> a.inWords(this::getTranslation)).toList()),
                list("version.participants", version.participantRoles().stream()
                        .map(p -> p.inWords(this::getTranslation)).toList()),
                new Paragraph(getTranslation("version.review", date.format(version.nextReview()))));

        var nav = new Nav();
        nav.addClassName("version-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("version.navLabel"));
        if (number > 1) {
            nav.add(new Anchor(PosterAddress.version(poster.id(), number - 1), getTranslation("version.previous", number - 1)));
        }
        if (number < version.latestNumber()) {
            nav.add(new Anchor(PosterAddress.version(poster.id(), number + 1), getTranslation("version.next", number + 1)));
        }
        nav.add(new Anchor(PosterAddress.history(poster.id()), getTranslation("version.history")));
        boolean worksOnDraft = posters.mayWorkOn(poster.id());
        if (worksOnDraft) {
            nav.add(new Anchor(PosterAddress.editor(poster.id()), getTranslation("version.draft")));
        }
        banner.add(new Div(new PrintButton(), downloads.button(poster.id(), number, worksOnDraft)));
        var sheet = new PosterReadSheet(version.document(),
                new PosterLabels(this::getTranslation, organisations.roleLabels(getLocale())));
        sheet.showPractice(practiceReview.deviations(version.document()));
        sheet.underPageHeading();
        add(nav, banner, sheet);
    }

    private Div list(String titleKey, List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("version.none")));
        }
        var box = new Div(new Span(getTranslation(titleKey)), list);
        box.addClassName("version-list");
        return box;
    }

    @Override
    public String getPageTitle() {
        return version == null ? getTranslation("app.name")
                : PageTitles.ofPoster(this, getTranslation("version.pageTitle", version.number()),
                        version.document().summary().departmentName(), version.document().summary().agencyName());
    }
}
