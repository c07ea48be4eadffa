package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitle;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.ContentReplaced;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.StructureChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Typing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterService;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningEvents.ApprovalsChanged;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningEvents.VersionLocked;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.versioning.ui.ApprovalBar;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService.OpenFlag;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.PresenceService.Present;
import no.oslo.samarbeidsplakaten.workshop.service.PresenceService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.FlagsChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.FollowSection;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.PresenceChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.WorkshopChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import no.oslo.samarbeidsplakaten.workshop.ui.FlagDialog;
import no.oslo.samarbeidsplakaten.workshop.ui.FlagsPanel;
import no.oslo.samarbeidsplakaten.workshop.ui.PresenceBar;
import no.oslo.samarbeidsplakaten.workshop.ui.WorkshopClosedView;
import no.oslo.samarbeidsplakaten.workshop.ui.WorkshopControls;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The poster editor: reads like the poster, every part editable in place, every change saved as it is made. It is a
 * shared workspace: everyone who has the poster open sees the others' committed changes, who is present, who is in
 * which field, and the open questions, as they happen.
 */
@Route(PosterAddress.ROUTE)
@RolesAllowed({"ADMIN", "MEMBER", "GUEST"})
public class PosterEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Outline colours of the others' fields; each has at least 4.5:1 contrast on white. */
    static final String[] EDITOR_COLOURS = {"#1f42aa", "#b0102a", "#0a6e46", "#7a3db8", "#9a4f00", "#006d80",
        "#a3206a", "#4d5a00"};

    private final PosterService posterService;
    private final OrganisationService organisationService;
    private final WorkshopService workshopService;
    private final PresenceService presence;
    private final FlagService flagService;
    private final LiveBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final SaveStatus saveStatus = new SaveStatus();
    private final Div connectionBanner = new Div();
    private final PresenceBar presenceBar = new PresenceBar();
    private final VersioningService versioning;
    private ApprovalBar approvalBar;
    private PosterTitle title;
    private PosterDocument document;
    private AutosaveBinder binder;
    private PosterLabels labels;
    private MeetingsBoard meetingsBoard;
    private CommitmentList departmentCommitments;
    private CommitmentList agencyCommitments;
    private WorkshopControls workshopControls;
    private FlagsPanel flagsPanel;
    private Button flagsToggle;
    private List<OpenFlag> openFlags = List.of();
    private Registration subscription;
    private String presenceKey;

    public PosterEditorView(PosterService posterService, OrganisationService organisationService,
            WorkshopService workshopService, PresenceService presence, FlagService flagService,
            LiveBroadcaster broadcaster, CurrentUser currentUser, VersioningService versioning) {
        this.posterService = posterService;
        this.organisationService = organisationService;
        this.workshopService = workshopService;
        this.presence = presence;
        this.flagService = flagService;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.versioning = versioning;
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
            // The route moved to another poster without detaching this view: leave the old poster's workshop.
            unlink();
        }
        var loaded = PosterRoute.load(event, posterService);
        if (loaded != null) {
            open(loaded);
            if (switching) {
                getUI().ifPresent(this::link);
            }
        }
    }

    /** Shows a poster; package-visible so view tests can open several editors of one poster side by side. */
    void open(PosterDocument poster) {
        document = poster;
        binder = new AutosaveBinder(posterService, document.id(), saveStatus, this::editing);
        labels = new PosterLabels(this::getTranslation, organisationService.roleLabels(getLocale()));
        render();
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("app.name")
                : getTranslation("editor.pageTitle", document.summary().departmentName(),
                        document.summary().agencyName());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (document != null) {
            link(event.getUI());
        }
    }

    /** Joins the poster's live workshop: its events, its presence list, and this browser's kept drafts. */
    private void link(com.vaadin.flow.component.UI ui) {
        // The others' typing reaches this browser on its preview socket; only this tab's own comes through here.
        subscription = broadcaster.subscribe(ui, document.id(),
                event -> !(event instanceof Typing typing) || typing.presenceKey().equals(presenceKey), this::onLive);
        presenceKey = presence.join(document.id(), currentUser.actor());
        workshopService.recordPresence(document.id());
        // Tell the others at once when this tab closes, instead of when its heartbeat stops.
        getElement().executeJs("window.addEventListener('pagehide', () => navigator.sendBeacon($0), {once: true});"
                + "window.samarbeid && window.samarbeid.typingTo($1, this, $2);",
                "presence/leave/" + presenceKey, "presence/live/" + presenceKey,
                getTranslation("typing.preview", "{0}", "{1}"));
        showPresence(presence.present(document.id()));
        showFlags();
        connectionBanner.getElement().executeJs("window.samarbeid && window.samarbeid.connection(this, $0, $1)",
                getTranslation("connection.offline"), getTranslation("connection.back"));
        binder.restoreDrafts(this::openMeetingOf);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unlink();
    }

    private void unlink() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        if (presenceKey != null) {
            presence.leave(presenceKey);
            presenceKey = null;
        }
    }

    /** A live event from the poster's workshop; package-visible so view tests can play a peer. */
    void onLive(LiveEvent event) {
        switch (event) {
            case CellChanged change -> {
                // The event carries the new state: applied as it is, without reading the poster again.
                document = document.withCell(change.cellId(), change.value(), change.revision(), change.changedAt());
                binder.applyRemote(change);
                title.update(document.summary());
                if (change.rowId() != null && meetingsBoard.card(change.rowId()) != null) {
                    meetingsBoard.card(change.rowId()).remoteChange(change.fieldKey(), change.value());
                }
                if (MeetingField.FORMALITY.key().equals(change.fieldKey())) {
                    meetingsBoard.show(document.meetings());
                }
            }
            case StructureChanged change -> {
                document = document.withRows(change.list(), change.rows(), change.changedAt());
                showStructure();
                markFlags();
                title.update(document.summary());
            }
            case Typing typing -> binder.typedHere(typing);
            case ContentReplaced ignored -> {
                // Every field is new; text the user had not saved is put back and saved, or they are asked.
                var unsaved = binder.unsavedDrafts();
                document = posterService.load(document.id());
                render();
                binder.offerAgain(unsaved);
                showPresence(presence.present(document.id()));
                showFlags();
            }
            case ApprovalsChanged ignored -> approvalBar.refresh();
            case VersionLocked ignored -> {
                approvalBar.refresh();
                refreshTitle();
            }
            case PresenceChanged change -> showPresence(change.present());
            case FlagsChanged ignored -> showFlags();
            case WorkshopChanged change -> workshopChanged(change.open());
            case FollowSection follow -> followTo(follow);
            default -> { }
        }
    }

    private void render() {
        removeAll();
        var viewLink = new Anchor(PosterAddress.readOnly(document.id()), getTranslation("editor.showPoster"));
        viewLink.addClassName("view-link");
        Map<String, String> sections = new LinkedHashMap<>();
        for (String[] section : SectionNav.SECTIONS) {
            sections.put(section[0], getTranslation(section[1]));
        }
        workshopControls = new WorkshopControls(workshopService, document.id(), currentUser.get().isPresent(),
                sections);
        var flagField = new Button(getTranslation("flags.flagField"), VaadinIcon.FLAG_O.create(),
                e -> flagLastField());
        flagsToggle = new Button(getTranslation("flags.toggle", 0), e -> toggleFlags());
        flagsToggle.getElement().setAttribute("aria-controls", "ma-avklares");
        var toolbar = new Div(saveStatus, saveStatus.retryButton(), connectionBanner, new SectionNav(PosterAddress.editor(document.id())), viewLink);
        toolbar.addClassName("editor-toolbar");
        var workshopBar = new Div(presenceBar, workshopControls, flagField, flagsToggle);
        workshopBar.addClassName("workshop-bar");
        approvalBar = new ApprovalBar(versioning, document.id());

        var roleCatalogue = organisationService.roleCatalogue().stream().map(RoleTitle::getKey).toList();
        meetingsBoard = new MeetingsBoard(labels, row -> new MeetingCard(row, binder, labels, roleCatalogue,
                meetingActions, () -> document.meetings().stream()
                        .filter(r -> r.id() == row.id()).findFirst().orElse(row)));
        departmentCommitments = new CommitmentList(RowList.DEPARTMENT_COMMITMENTS,
                getTranslation("commitments.department"), binder, labels, commitmentActions);
        agencyCommitments = new CommitmentList(RowList.AGENCY_COMMITMENTS, getTranslation("commitments.agency"),
                binder, labels, commitmentActions);
        showStructure();

        title = new PosterTitle(document, labels);
        var sheet = new Div(
                title,
                purposeSection(),
                documentsSection(),
                meetingsSection(),
                new PosterSection("styringssignaler", getTranslation("section.signals"),
                        getTranslation("section.signals.intro"), textArea(SectionField.SIGNALS)),
                commitmentsSection(),
                reflectionSection());
        sheet.addClassName("poster-sheet");
        flagsPanel = new FlagsPanel(this::goToFlag, this::resolveFlag);
        flagsPanel.setVisible(false);
        var body = new Div(sheet, flagsPanel);
        body.addClassName("editor-body");
        add(toolbar, workshopBar, approvalBar, body);
        binder.watch(sheet);
    }

    private Component purposeSection() {
        return new PosterSection("formal", getTranslation("section.purpose"), null,
                textArea(SectionField.PURPOSE), textArea(SectionField.PRINCIPLES));
    }

    private Component documentsSection() {
        var allocation = new Div(new H3(getTranslation("documents.allocation")),
                textArea(SectionField.ALLOCATION_TIMING), textArea(SectionField.ALLOCATION_INVOLVEMENT),
                textArea(SectionField.ALLOCATION_REPORTING));
        var assignment = new Div(new H3(getTranslation("documents.assignment")),
                textArea(SectionField.ASSIGNMENT_TIMING), textArea(SectionField.ASSIGNMENT_INVOLVEMENT),
                textArea(SectionField.ASSIGNMENT_REPORTING));
        allocation.addClassName("document-card");
        assignment.addClassName("document-card");
        var columns = new Div(allocation, assignment);
        columns.addClassName("two-columns");
        return new PosterSection("styringsdokumenter", getTranslation("section.documents"), null, columns);
    }

    private TextArea textArea(SectionField field) {
        var area = new TextArea(getTranslation("field." + field.key()));
        area.setWidthFull();
        binder.bindText(area, document.section(field));
        return area;
    }

    private Component meetingsSection() {
        var add = new Button(getTranslation("meeting.add"), VaadinIcon.PLUS.create(),
                e -> new AddMeetingDialog(this::addMeeting).open());
        add.addClassName("add-meeting");
        return new PosterSection("motene", getTranslation("section.meetings"),
                getTranslation("section.meetings.intro"), meetingsBoard, add);
    }

    private final MeetingCard.Actions meetingActions = new MeetingCard.Actions() {
        @Override
        public void move(Row meeting, int direction) {
            structural(() -> posterService.moveRow(document.id(), meeting.id(), direction));
        }

        @Override
        public void remove(Row meeting, String name) {
            var confirm = new ConfirmDialog(getTranslation("meeting.remove.title"),
                    getTranslation("meeting.remove.text", name), getTranslation("meeting.remove.confirm"),
                    e -> structural(() -> posterService.removeRow(document.id(), meeting.id())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }

        @Override
        public void flag(Row meeting, String name) {
            new FlagDialog(name, comment -> flagService.flag(document.id(), null, meeting.id(), name, comment))
                    .open();
        }
    };

    private void addMeeting(String name, Formality formality) {
        posterService.addMeeting(document.id(), name, formality);
        reloadStructure();
    }

    private Component commitmentsSection() {
        var columns = new Div(departmentCommitments, agencyCommitments);
        columns.addClassName("two-columns");
        return new PosterSection("forpliktelser", getTranslation("section.commitments"),
                getTranslation("section.commitments.intro"), columns);
    }

    private final CommitmentList.Actions commitmentActions = new CommitmentList.Actions() {
        @Override
        public boolean add(RowList side, String text, Consumer<String> refused) {
            try {
                posterService.addCommitment(document.id(), side, text);
                reloadStructure();
                return true;
            } catch (DomainException e) {
                refused.accept(getTranslation(e.getMessageKey(), e.getArguments()));
                return false;
            }
        }

        @Override
        public void move(Row row, int direction) {
            structural(() -> posterService.moveRow(document.id(), row.id(), direction));
        }

        @Override
        public void remove(Row row) {
            structural(() -> posterService.removeRow(document.id(), row.id()));
        }
    };

    private Component reflectionSection() {
        var questions = new FormLayout();
        questions.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (var question : document.template().reflectionQuestions()) {
            var answer = new TextArea(question.text(getLocale()));
            answer.setWidthFull();
            binder.bindText(answer, document.reflection(question.key()));
            questions.add(answer);
        }
        var section = new PosterSection("refleksjon", getTranslation("section.reflection"),
                getTranslation("section.reflection.intro"), questions);
        section.addClassName("reflection");
        return section;
    }

    /** Runs a change to the poster's structure, then shows the poster as it now is. */
    private void structural(Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            var note = Notification.show(getTranslation("editor.structureConflict"), 5000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (NotFoundException e) {
            Notification.show(getTranslation("editor.rowGone"), 5000, Notification.Position.MIDDLE);
        }
        reloadStructure();
    }

    private void reloadStructure() {
        document = posterService.load(document.id());
        showStructure();
        markFlags();
        title.update(document.summary());
    }

    private void refreshTitle() {
        document = posterService.load(document.id());
        title.update(document.summary());
    }

    private void showStructure() {
        meetingsBoard.show(document.meetings());
        departmentCommitments.show(document.departmentCommitments());
        agencyCommitments.show(document.agencyCommitments());
    }

    private void editing(Long cellId) {
        if (presenceKey != null) {
            presence.editing(presenceKey, cellId);
        }
    }

    private void showPresence(List<Present> present) {
        presenceBar.show(present);
        Map<Long, String[]> editors = new HashMap<>();
        for (Present other : present) {
            if (other.editingCellId() != null && !other.key().equals(presenceKey)) {
                editors.put(other.editingCellId(), new String[] {other.displayName(),
                    EDITOR_COLOURS[other.colour() % EDITOR_COLOURS.length]});
            }
        }
        binder.showEditors(editors);
    }

    private void showFlags() {
        openFlags = flagService.openFlags(document.id());
        flagsPanel.show(openFlags);
        flagsToggle.setText(getTranslation("flags.toggle", openFlags.size()));
        markFlags();
    }

    private void markFlags() {
        binder.showFlags(openFlags.stream().map(OpenFlag::cellId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Set<Long> flaggedRows = openFlags.stream().map(OpenFlag::rowId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Row meeting : document.meetings()) {
            var card = meetingsBoard.card(meeting.id());
            if (card != null) {
                card.getElement().setAttribute("data-flagged", String.valueOf(flaggedRows.contains(meeting.id())));
            }
        }
    }

    private void toggleFlags() {
        flagsPanel.setVisible(!flagsPanel.isVisible());
        flagsToggle.getElement().setAttribute("aria-expanded", String.valueOf(flagsPanel.isVisible()));
    }

    private void flagLastField() {
        var cellId = binder.lastFocusedCell();
        if (cellId.isEmpty()) {
            Notification.show(getTranslation("flags.chooseField"), 5000, Notification.Position.MIDDLE);
            return;
        }
        String target = targetOf(cellId.get());
        new FlagDialog(target, comment -> flagService.flag(document.id(), cellId.get(), null, target, comment))
                .open();
    }

    /** A field in words: "Etatsstyringsmøte – Hyppighet", or just its label outside the meetings. */
    private String targetOf(long cellId) {
        String label = binder.labelOf(cellId);
        for (Row meeting : document.meetings()) {
            if (meeting.cells().values().stream().anyMatch(c -> c.id() == cellId)) {
                return meeting.cell(MeetingField.NAME).value() + " – " + label;
            }
        }
        return label;
    }

    private void goToFlag(OpenFlag flag) {
        if (flag.cellId() != null) {
            binder.focus(flag.cellId());
        } else if (flag.rowId() != null && meetingsBoard.card(flag.rowId()) != null) {
            meetingsBoard.card(flag.rowId()).scrollIntoView();
        }
        // A flag on a field of a closed meeting: open the meeting, then go to the field.
        if (flag.cellId() != null && binder.labelOf(flag.cellId()).isEmpty()) {
            document.meetings().stream()
                    .filter(m -> m.cells().values().stream().anyMatch(c -> c.id() == flag.cellId()))
                    .findFirst()
                    .ifPresent(m -> {
                        meetingsBoard.card(m.id()).setOpen(true);
                        binder.focus(flag.cellId());
                    });
        }
    }

    /** Opens the meeting holding a cell, so its field exists, e.g. to offer a kept draft again. */
    private void openMeetingOf(long cellId) {
        document.rowOf(cellId).map(row -> meetingsBoard.card(row.id())).ifPresent(card -> card.setOpen(true));
    }

    private void resolveFlag(OpenFlag flag) {
        flagService.resolve(document.id(), flag.id());
        showFlags();
    }

    private void workshopChanged(boolean open) {
        workshopControls.refresh();
        if (!open && currentUser.guest().isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(WorkshopClosedView.class));
        }
    }

    private void followTo(FollowSection follow) {
        getElement().executeJs("document.getElementById($0)?.scrollIntoView({behavior: 'smooth', block: 'start'})",
                follow.sectionId());
        Notification.show(getTranslation("workshop.followed", follow.by()), 3000, Notification.Position.TOP_CENTER);
    }
}
