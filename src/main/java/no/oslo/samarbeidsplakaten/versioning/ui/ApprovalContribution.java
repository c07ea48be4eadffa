package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.EditorContribution;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningEvents.ApprovalsChanged;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningEvents.VersionLocked;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.springframework.core.annotation.Order;

/** The way to an agreed version, in the poster editor: the approval bar, kept current as either side acts. */
@org.springframework.stereotype.Component
@Order(200)
class ApprovalContribution implements EditorContribution {

    private final VersioningService versioning;

    ApprovalContribution(VersioningService versioning) {
        this.versioning = versioning;
    }

    @Override
    public Part open(Editor editor) {
        var bar = new ApprovalBar(versioning, editor.document().id());
        return new Part() {
            @Override
            public List<Component> bars() {
                return List.of(bar);
            }

            @Override
            public void onLive(LiveEvent event) {
                if (event instanceof ApprovalsChanged || event instanceof VersionLocked) {
                    bar.refresh();
                }
            }
        };
    }
}
