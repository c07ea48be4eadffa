package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.EditorContribution;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.ContentReplaced;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService.OpenFlag;
import no.oslo.samarbeidsplakaten.workshop.service.PresenceService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.FlagsChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.FollowSection;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.PresenceChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.WorkshopChanged;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.springframework.core.annotation.Order;

/**
 * The workshop in the poster editor: who is here and in which field, the live typing socket, the open questions
 * ("må avklares") beside the sheet and on every meeting, and the controls to run the workshop.
 */
@org.springframework.stereotype.Component
@Order(100)
class WorkshopEditorContribution implements EditorContribution {

    /** Outline colours of the others' fields, one per {@link PresenceService#COLOURS}; 4.5:1 or more on white. */
    static final String[] EDITOR_COLOURS = {"#1f42aa", "#b0102a", "#0a6e46", "#7a3db8", "#9a4f00", "#006d80",
        "#a3206a", "#4d5a00"};

    private final WorkshopService workshops;
    private final PresenceService presence;
    private final FlagService flags;
    private final CurrentUser currentUser;

    WorkshopEditorContribution(WorkshopService workshops, PresenceService presence, FlagService flags,
            CurrentUser currentUser) {
        this.workshops = workshops;
        this.presence = presence;
        this.flags = flags;
        this.currentUser = currentUser;
    }

    @Override
    public Part open(Editor editor) {
        return new WorkshopPart(editor);
    }

    private final class WorkshopPart implements Part {

        private final Editor editor;
        private final long posterId;
        private final PresenceBar presenceBar = new PresenceBar();
        private final WorkshopControls controls;
        private final FlagsPanel flagsPanel;
        private final Button flagsToggle;
        private final Div bar;
        private List<OpenFlag> openFlags = List.of();
        private String presenceKey;

        WorkshopPart(Editor editor) {
            this.editor = editor;
            this.posterId = editor.document().id();
            controls = new WorkshopControls(workshops, posterId, currentUser.get().isPresent(), editor.sections());
            flagsPanel = new FlagsPanel(this::goTo, this::resolve);
            flagsPanel.setVisible(false);
            flagsToggle = new Button(flagsPanel.getTranslation("flags.toggle", 0), e -> toggleFlags());
            flagsToggle.getElement().setAttribute("aria-expanded", "false");
            var flagField = new Button(flagsPanel.getTranslation("flags.flagField"), VaadinIcon.FLAG_O.create(),
                    e -> flagLastField());
            flagField.addClassName("flag-button");
            bar = new Div(presenceBar, controls, flagField, flagsToggle);
            bar.addClassName("workshop-bar");
        }

        @Override
        public List<Component> bars() {
            return List.of(bar);
        }

        @Override
        public Optional<Component> aside() {
            return Optional.of(flagsPanel);
        }

        @Override
        public List<RowAction> meetingActions() {
            return List.of(new RowAction(VaadinIcon.FLAG_O, "meeting.flag", (meeting, name) -> new FlagDialog(name,
                    comment -> flags.flag(posterId, null, meeting.id(), name, comment)).open()));
        }

        @Override
        public void linked(UI ui) {
            presenceKey = presence.join(posterId, currentUser.actor());
            editor.acceptOwnTyping(presenceKey);
            workshops.recordPresence(posterId);
            // Tell the others at once when this tab closes, instead of when its heartbeat stops.
            editor.host().getElement().executeJs(
                    "window.addEventListener('pagehide', () => navigator.sendBeacon($0), {once: true});"
                            + "window.samarbeid && window.samarbeid.typingTo($1, this, $2, $3);",
                    "presence/leave/" + presenceKey, "presence/live/" + presenceKey,
                    bar.getTranslation("typing.preview", "{0}", "{1}"), String.join(" ", EDITOR_COLOURS));
            presenceBar.show(presence.present(posterId));
            showFlags();
        }

        @Override
        public void unlinked() {
            if (presenceKey != null) {
                presence.leave(presenceKey);
                presenceKey = null;
            }
        }

        @Override
        public void shown() {
            markFlags();
        }

        @Override
        public void onLive(LiveEvent event) {
            switch (event) {
                case PresenceChanged change -> presenceBar.show(change.present());
                case FlagsChanged ignored -> showFlags();
                case WorkshopChanged change -> {
                    controls.refresh();
                    if (!change.open() && currentUser.guest().isPresent()) {
                        bar.getUI().ifPresent(ui -> ui.navigate(WorkshopClosedView.class));
                    }
                }
                case FollowSection follow -> {
                    editor.host().getElement().executeJs(
                            "document.getElementById($0)?.scrollIntoView({behavior: 'smooth', block: 'start'})",
                            follow.sectionId());
                    Notification.show(bar.getTranslation("workshop.followed", follow.by()), 3000,
                            Notification.Position.TOP_CENTER);
                }
                case ContentReplaced ignored -> showFlags();
                default -> { }
            }
        }

        private void showFlags() {
            openFlags = flags.openFlags(posterId);
            flagsPanel.show(openFlags);
            flagsToggle.setText(bar.getTranslation("flags.toggle", openFlags.size()));
            markFlags();
        }

        private void markFlags() {
            editor.markFlagged(
                    openFlags.stream().map(OpenFlag::cellId).filter(Objects::nonNull).collect(Collectors.toSet()),
                    openFlags.stream().map(OpenFlag::rowId).filter(Objects::nonNull).collect(Collectors.toSet()));
        }

        private void toggleFlags() {
            flagsPanel.setVisible(!flagsPanel.isVisible());
            flagsToggle.getElement().setAttribute("aria-expanded", String.valueOf(flagsPanel.isVisible()));
            // A hidden panel is not in the page, so the toggle names what it controls only while it is there.
            if (flagsPanel.isVisible()) {
                flagsToggle.getElement().setAttribute("aria-controls", "ma-avklares");
            } else {
                flagsToggle.getElement().removeAttribute("aria-controls");
            }
        }

        private void flagLastField() {
            var cellId = editor.lastFocusedCell();
            if (cellId.isEmpty()) {
                Notification.show(bar.getTranslation("flags.chooseField"), 5000, Notification.Position.MIDDLE);
                return;
            }
            String target = editor.describeCell(cellId.get());
            new FlagDialog(target, comment -> flags.flag(posterId, cellId.get(), null, target, comment)).open();
        }

        private void goTo(OpenFlag flag) {
            if (flag.cellId() != null) {
                editor.goToCell(flag.cellId());
            } else if (flag.rowId() != null) {
                editor.goToRow(flag.rowId());
            }
        }

        private void resolve(OpenFlag flag) {
            flags.resolve(posterId, flag.id());
            showFlags();
        }
    }
}
