package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;

/**
 * The workshop part of the editor's toolbar: start it and show the join code; while it runs, open the projector view,
 * bring everyone to a section, and close it. Guests see only that a workshop is running.
 */
class WorkshopControls extends Div {

    private final WorkshopService workshops;
    private final long posterId;
    private final boolean facilitator;
    private final Map<String, String> sections;

    /**
     * @param facilitator whether the user may start and close the workshop (members, not guests)
     * @param sections section id to label, for "bring everyone here"
     */
    WorkshopControls(WorkshopService workshops, long posterId, boolean facilitator,
            Map<String, String> sections) {
        this.workshops = workshops;
        this.posterId = posterId;
        this.facilitator = facilitator;
        this.sections = sections;
        addClassName("workshop-controls");
        refresh();
    }

    public void refresh() {
        removeAll();
        var open = workshops.findOpen(posterId);
        if (open.isEmpty()) {
            if (facilitator) {
                var start = new Button(getTranslation("workshop.start"), VaadinIcon.USERS.create(), e -> {
                    var workshop = workshops.open(posterId);
                    refresh();
                    new JoinCodeDialog(workshop).open();
                });
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(start);
            }
            return;
        }
        var workshop = open.get();
        var badge = new Span(getTranslation("workshop.running", workshop.displayCode()));
        badge.addClassName("workshop-badge");
        add(badge);
        if (!facilitator) {
            return;
        }
        var showCode = new Button(getTranslation("workshop.showCode"), VaadinIcon.QRCODE.create(),
                e -> new JoinCodeDialog(workshop).open());
        var projector = new Anchor(PosterAddress.presentation(posterId), getTranslation("workshop.projector"),
                AnchorTarget.BLANK);
        projector.addClassName("projector-link");
        var follow = new Select<String>();
        follow.setAriaLabel(getTranslation("workshop.follow"));
        follow.setPlaceholder(getTranslation("workshop.follow"));
        follow.setItems(sections.keySet());
        follow.setItemLabelGenerator(id -> id == null ? "" : sections.get(id));
        follow.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                workshops.bringEveryoneTo(posterId, e.getValue());
                follow.clear();
            }
        });
        var close = new Button(getTranslation("workshop.close"), e -> {
            var confirm = new ConfirmDialog(getTranslation("workshop.close.title"),
                    getTranslation("workshop.close.text"), getTranslation("workshop.close.confirm"), ok -> {
                        workshops.close(posterId);
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var lift = new Button(getTranslation("workshop.liftBlocks"), e -> {
            var request = VaadinRequest.getCurrent();
            workshops.liftJoinBlock(posterId, request == null ? "unknown" : request.getRemoteAddr());
            Notification.show(getTranslation("workshop.liftBlocks.done"), 4000, Notification.Position.TOP_CENTER);
        });
        lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lift.setTooltipText(getTranslation("workshop.liftBlocks.help"));
        add(showCode, projector, follow, lift, close);
    }
}
