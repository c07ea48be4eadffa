package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.base.ui.Announcer;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitle;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.EditorContribution;
import no.oslo.samarbeidsplakaten.poster.EditorContribution.Part;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Agreed;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.ContentReplaced;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.StructureChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Typing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The poster editor: reads like the poster, every part editable in place, every change saved as it is made. It is a
 * shared workspace: everyone who has the poster open sees the others' committed changes as they happen. What the
 * workshop and versioning add (who is present, open questions, approvals) comes in as {@link EditorContribution}s.
 */
@Route(PosterAddress.ROUTE)
@RolesAllowed({"ADMIN", "MEMBER", "GUEST"})
public class PosterEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterQueries posters;
    private final CellEditing cellEditing;
    private final PosterStructure structure;
    private final OrganisationService organisationService;
    private final LiveBroadcaster broadcaster;
    private final PracticeReview practiceReview;
    private final ObjectProvider<EditorContribution> contributions;
    private final SaveStatus saveStatus = new SaveStatus();
    private final Div connectionBanner = new Div();
    private final Host host = new Host();
    private List<Part> parts = List.of();
    private PosterDocument opening;
    private EditorSheet sheet;
    private AutosaveBinder binder;
    private Registration subscription;
    private String ownTypingKey;
    private final String ownAuthor;

    public PosterEditorView(PosterQueries posters, CellEditing cellEditing, PosterStructure structure,
            OrganisationService organisationService,
            LiveBroadcaster broadcaster, PracticeReview practiceReview,
            ObjectProvider<EditorContribution> contributions, CurrentUser currentUser) {
        this.ownAuthor = currentUser.authorName();
        this.practiceReview = practiceReview;
        this.posters = posters;
        this.cellEditing = cellEditing;
        this.structure = structure;
        this.organisationService = organisationService;
        this.broadcaster = broadcaster;
        this.contributions = contributions;
        addClassName("poster-editor");
        connectionBanner.addClassName("connection-banner");
        connectionBanner.getElement().setAttribute("role", "status");
        connectionBanner.getElement().addEventListener("samarbeid-reconnected",
                e -> binder.restoreDrafts(this::openMeetingOf));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean switching = isAttached();
        if (switching) {
            // The route moved to another poster without detaching this view: leave the old poster first.
            unlink();
        }
        var loaded = PosterRoute.load(event, posters);
        if (loaded != null) {
            open(loaded);
            if (switching) {
                getUI().ifPresent(this::link);
            }
        }
    }

    /** Shows a poster; package-visible so view tests can open several editors of one poster side by side. */
    void open(PosterDocument poster) {
        binder = new AutosaveBinder(cellEditing, poster.id(), saveStatus);
        opening = poster;
        sheet = null;
        parts = contributions.orderedStream().map(contribution -> contribution.open(host)).toList();
        render(poster);
    }

    @Override
    public String getPageTitle() {
        if (opening == null) {
            return getTranslation("app.name");
        }
        var summary = host.document().summary();
        return PageTitles.ofPoster(this, getTranslation("editor.pageTitle"), summary.departmentName(),
                summary.agencyName());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (opening != null) {
            link(event.getUI());
        }
    }

    /** Joins the poster's live updates, lets the contributions join too, and offers this browser's kept drafts. */
    private void link(UI ui) {
        // The others' typing reaches this browser on its preview socket; only this tab's own comes through here.
        subscription = broadcaster.subscribe(ui, host.document().id(),
                event -> !(event instanceof Typing typing) || typing.presenceKey().equals(ownTypingKey),
                this::onLive);
        parts.forEach(part -> part.linked(ui));
        connectionBanner.getElement().executeJs("window.samarbeid && window.samarbeid.connection(this, $0, $1)",
                getTranslation("connection.offline"), getTranslation("connection.back"));
        binder.restoreDrafts(this::openMeetingOf);
    }

    /** In the sheet shown when the browser answers: a reload meanwhile may have replaced it. */
    private void openMeetingOf(long cellId) {
        sheet.openMeetingOf(cellId);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unlink();
    }

    private void unlink() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
            ownTypingKey = null;
            parts.forEach(Part::unlinked);
        }
    }

    /** A live event of the poster; package-visible so view tests can play a peer. */
    void onLive(LiveEvent event) {
        switch (event) {
            case CellChanged change -> {
                sheet.apply(change);
                announceIfOthers(change.author(), "announce.cellChanged", sheet.describeChange(change));
            }
            case StructureChanged change -> {
                sheet.apply(change);
                announceIfOthers(change.author(), "announce.rowsChanged",
                        getTranslation("announce.list." + change.list().name()));
            }
            case Typing typing -> binder.typedHere(typing);
            case ContentReplaced ignored -> {
                // Every field is new; text the user had not saved is put back and saved, or they are asked.
                var unsaved = binder.unsavedDrafts();
                render(posters.load(host.document().id()));
                unsaved.keySet().forEach(sheet::openMeetingOf);
                binder.offerAgain(unsaved);
            }
            case Agreed ignored -> sheet.reload();
            default -> { }
        }
        parts.forEach(part -> part.onLive(event));
    }

    /** Tells a screen reader what somebody else changed; one's own changes are no news. */
    private void announceIfOthers(String author, String messageKey, String what) {
        if (!author.equals(ownAuthor)) {
            Announcer.announce(this, getTranslation(messageKey, author, what));
        }
    }

    private void render(PosterDocument poster) {
        removeAll();
        var viewLink = new Anchor(PosterAddress.readOnly(poster.id()), getTranslation("editor.showPoster"));
        viewLink.addClassName("view-link");
        var toolbar = new Div(saveStatus, saveStatus.retryButton(), connectionBanner,
                new SectionNav(PosterAddress.editor(poster.id())), viewLink);
        toolbar.addClassName("editor-toolbar");
        add(toolbar);
        parts.forEach(part -> part.bars().forEach(this::add));

        var labels = new PosterLabels(this::getTranslation, organisationService.roleLabels(getLocale()));
        var roleCatalogue = organisationService.offeredRoles().stream().map(RoleTitle::getKey).toList();
        sheet = new EditorSheet(poster, posters, structure, binder, labels, practiceReview, roleCatalogue,
                parts.stream().flatMap(part -> part.meetingActions().stream()).toList(),
                () -> parts.forEach(Part::shown));
        var body = new Div(sheet);
        parts.forEach(part -> part.aside().ifPresent(body::add));
        body.addClassName("editor-body");
        add(body);
        binder.watch(sheet);
    }

    /** The editor as the contributions see it. */
    private final class Host implements EditorContribution.Editor {

        @Override
        public PosterDocument document() {
            return sheet == null ? opening : sheet.document();
        }

        @Override
        public Component host() {
            return PosterEditorView.this;
        }

        @Override
        public Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            for (String[] section : SectionNav.SECTIONS) {
                sections.put(section[0], getTranslation(section[1]));
            }
            return sections;
        }

        @Override
        public Optional<Long> lastFocusedCell() {
            return binder.lastFocusedCell();
        }

        @Override
        public String describeCell(long cellId) {
            return sheet.describeCell(cellId);
        }

        @Override
        public void goToCell(long cellId) {
            sheet.goToCell(cellId);
        }

        @Override
        public void goToRow(long rowId) {
            sheet.goToRow(rowId);
        }

        @Override
        public void markFlagged(Set<Long> cellIds, Set<Long> rowIds) {
            sheet.markFlagged(cellIds, rowIds);
        }

        @Override
        public void acceptOwnTyping(String presenceKey) {
            ownTypingKey = presenceKey;
        }
    }
}
