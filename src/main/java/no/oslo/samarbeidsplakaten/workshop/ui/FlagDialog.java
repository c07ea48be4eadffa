package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.workshop.domain.PosterFlag;

/** Flags a field or a meeting as "må avklares", with a short comment on what is open. */
class FlagDialog extends Dialog {

    public interface Flagger {
        /** @throws DomainException when the comment is refused */
        void flag(String comment);
    }

    FlagDialog(String target, Flagger flagger) {
        setHeaderTitle(getTranslation("flags.dialog.title"));
        var what = new Paragraph(getTranslation("flags.dialog.target", target));
        var comment = new TextArea(getTranslation("flags.dialog.comment"));
        comment.setMaxLength(PosterFlag.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        add(new VerticalLayout(what, comment));
        var flag = new Button(getTranslation("flags.dialog.confirm"), e -> {
            try {
                flagger.flag(comment.getValue());
                close();
            } catch (DomainException refused) {
                comment.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
                comment.setInvalid(true);
            }
        });
        flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), flag);
        setWidth("min(560px, 95vw)");
        addOpenedChangeListener(e -> comment.focus());
    }
}
