package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.template.service.TemplateFieldConflict;

/** Another administrator saved the field while this one typed: both texts side by side, the user chooses. */
class TemplateConflictDialog extends Dialog {

    private boolean chosen;

    TemplateConflictDialog(String mine, TemplateFieldConflict conflict, Runnable keepMine, Runnable takeTheirs,
            Runnable undecided) {
        setHeaderTitle(getTranslation("template.conflict.title"));
        addClassName("template-conflict");
        var theirsBox = new Div(new H3(getTranslation("template.conflict.theirs", conflict.author(),
                DateTimeFormatter.ofPattern("HH:mm:ss").format(conflict.changedAt().atZone(OsloTime.ZONE)))),
                new Paragraph(conflict.theirs()));
        theirsBox.addClassName("conflict-theirs");
        var mineBox = new Div(new H3(getTranslation("template.conflict.mine")), new Paragraph(mine));
        mineBox.addClassName("conflict-mine");
        add(new Paragraph(getTranslation("template.conflict.lead")), theirsBox, mineBox);
        var keep = new Button(getTranslation("template.conflict.keepMine"), e -> {
            chosen = true;
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var take = new Button(getTranslation("template.conflict.takeTheirs"), e -> {
            chosen = true;
            close();
            takeTheirs.run();
        });
        getFooter().add(take, keep);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && !chosen) {
                undecided.run();
            }
        });
    }
}
