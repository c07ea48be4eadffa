package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adding, moving and removing meetings and commitments from the editor. After each change the sheet shows the poster
 * as it now is, also when somebody else's change came first.
 */
class StructureActions implements MeetingCard.Actions, CommitmentList.Actions {

    private final PosterStructure structure;
    private final long posterId;
    private final PosterLabels labels;
    private final Runnable reload;

    StructureActions(PosterStructure structure, long posterId, PosterLabels labels, Runnable reload) {
        this.structure = structure;
        this.posterId = posterId;
        this.labels = labels;
        this.reload = reload;
    }

    void addMeeting(String name, Formality formality) {
        structure.addMeeting(posterId, name, formality);
        reload.run();
    }

    @Override
    public boolean add(RowList side, String text, Consumer<String> refused) {
        try {
            structure.addCommitment(posterId, side, text);
            reload.run();
            return true;
        } catch (DomainException e) {
            refused.accept(labels.t(e.getMessageKey(), e.getArguments()));
            return false;
        }
    }

    @Override
    public void move(Row row, int direction) {
        structural(() -> structure.moveRow(posterId, row.id(), direction));
    }

    @Override
    public void remove(Row row) {
        structural(() -> structure.removeRow(posterId, row.id()));
    }

    @Override
    public void remove(Row meeting, String name) {
        var confirm = new ConfirmDialog(labels.t("meeting.remove.title"), labels.t("meeting.remove.text", name),
                labels.t("meeting.remove.confirm"), e -> structural(() -> structure.removeRow(posterId, meeting.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(labels.t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void structural(Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            Notification.show(labels.t("editor.structureConflict"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (NotFoundException e) {
            Notification.show(labels.t("editor.rowGone"), 5000, Notification.Position.MIDDLE);
        }
        reload.run();
    }
}
