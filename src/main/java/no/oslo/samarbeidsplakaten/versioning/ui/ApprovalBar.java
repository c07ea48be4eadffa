package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.versioning.service.ApprovalStatus;
import no.oslo.samarbeidsplakaten.versioning.service.ApprovalStatus.SideApproval;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;

/**
 * Where the draft stands on the way to an agreed version: each side's approval (or why it lapsed), approving for the
 * user's own side, locking once both have approved, and the way to history, edit trail and comparison.
 */
class ApprovalBar extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm")
            .withZone(OsloTime.ZONE);

    private final VersioningService versioning;
    private final long posterId;

    ApprovalBar(VersioningService versioning, long posterId) {
        this.versioning = versioning;
        this.posterId = posterId;
        addClassName("approval-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("approval.region"));
        refresh();
    }

    void refresh() {
        removeAll();
        ApprovalStatus status = versioning.status(posterId);
        add(sideChip(status.department()), sideChip(status.agency()));
        versioning.approvingSide(posterId).filter(side -> status.of(side).state() != ApprovalStatus.State.APPROVED)
                .ifPresent(side -> {
                    var approve = new Button(getTranslation("approval.approve", getTranslation(side.messageKey())),
                            VaadinIcon.CHECK.create(), e -> {
                                versioning.approve(posterId);
                                refresh();
                            });
                    approve.addClassName("approve-button");
                    add(approve);
                });
        var lock = new Button(getTranslation("approval.lock", status.nextVersion()), VaadinIcon.LOCK.create(),
                e -> new LockDialog(status.nextVersion(), versioning.defaultNextReview(), (summary, review) -> {
                    int number = versioning.lock(posterId, summary, review);
                    refresh();
                    Notification.show(getTranslation("approval.locked", number), 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }).open());
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lock.setEnabled(status.canLock());
        if (!status.canLock()) {
            lock.setTooltipText(getTranslation("approval.lockNeedsBoth"));
        }
        if (!versioning.mayAgree()) {
            lock.setVisible(false);
            var note = new Span(getTranslation("approval.guestNote"));
            note.addClassName("approval-note");
            add(note);
        }
        var links = new Div(new Anchor(PosterAddress.history(posterId), getTranslation("approval.history")),
                new Anchor(PosterAddress.trail(posterId), getTranslation("approval.trail")));
        if (status.nextVersion() > 1) {
            links.add(new Anchor(PosterAddress.compare(posterId) + "?fra=" + (status.nextVersion() - 1),
                    getTranslation("approval.compareDraft")));
        }
        links.addClassName("approval-links");
        add(lock, links);
    }

    private Span sideChip(SideApproval approval) {
        String side = getTranslation(approval.side().messageKey());
        String text = switch (approval.state()) {
            case APPROVED -> getTranslation("approval.approved", side, approval.approverName(),
                    approval.approverRole(), time(approval.at()));
            case LAPSED -> getTranslation("approval.lapsed", side, approval.approverName(), time(approval.lapsedAt()));
            case MISSING -> getTranslation("approval.missing", side);
        };
        var chip = new Span(text);
        chip.addClassName("approval-chip");
        chip.getElement().setAttribute("data-state", approval.state().name());
        chip.getElement().setAttribute("data-side", approval.side().name());
        return chip;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
