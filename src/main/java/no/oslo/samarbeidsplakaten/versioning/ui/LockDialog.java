package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.ui.DatePickers;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;

/** Locks the approved draft as the next version, with a short change summary and the next review date. */
class LockDialog extends Dialog {

    interface Locker {
        /** @throws DomainException when the lock is refused */
        void lock(String summary, LocalDate nextReview);
    }

    LockDialog(int number, LocalDate defaultReview, Locker locker) {
        setHeaderTitle(getTranslation("lock.title", number));
        var summary = new TextArea(getTranslation("lock.summary"));
        summary.setMaxLength(VersioningService.MAX_SUMMARY_LENGTH);
        summary.setHelperText(getTranslation("lock.summary.help"));
        summary.setWidthFull();
        var review = new DatePicker(getTranslation("lock.review"));
        DatePickers.localize(review);
        review.setValue(defaultReview);
        review.setMin(LocalDate.now().plusDays(1));
        review.setRequiredIndicatorVisible(true);
        var message = new Paragraph();
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");
        add(new VerticalLayout(new Paragraph(getTranslation("lock.text", number)), summary, review, message));
        var lock = new Button(getTranslation("lock.confirm", number), e -> {
            try {
                locker.lock(summary.getValue(), review.getValue());
                close();
            } catch (DomainException refused) {
                message.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), lock);
        setWidth("min(600px, 95vw)");
    }
}
