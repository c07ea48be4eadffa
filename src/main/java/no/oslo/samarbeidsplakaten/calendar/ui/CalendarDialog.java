package no.oslo.samarbeidsplakaten.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarFeeds;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarFeeds.FeedAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The poster's calendar address, to copy into a calendar client, and a way to replace it when it has leaked. */
class CalendarDialog extends Dialog {

    private final CalendarFeeds feeds;
    private final long posterId;
    private final String appAddress;
    private final TextField address = new TextField();
    private final Paragraph issued = new Paragraph();

    CalendarDialog(CalendarFeeds feeds, long posterId, boolean agreed, String appAddress) {
        this.feeds = feeds;
        this.posterId = posterId;
        this.appAddress = appAddress.endsWith("/") ? appAddress.substring(0, appAddress.length() - 1) : appAddress;
        setHeaderTitle(getTranslation("calendar.dialog.title"));
        addClassName("calendar-dialog");
        setWidth("min(40rem, 100vw)");
        address.setLabel(getTranslation("calendar.dialog.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("calendar-address");
        address.addFocusListener(e -> address.getElement().executeJs("this.inputElement.select()"));
        var body = new Div(new Paragraph(getTranslation("calendar.dialog.intro")));
        if (!agreed) {
            var note = new Paragraph(getTranslation("calendar.dialog.noVersion"));
            note.addClassName("calendar-no-version");
            body.add(note);
        }
        var secret = new Paragraph(getTranslation("calendar.dialog.secret"));
        secret.addClassName("calendar-secret");
        body.add(address, secret, issued);
        add(body);

        var copy = new Button(getTranslation("calendar.dialog.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var renew = new Button(getTranslation("calendar.dialog.renew"), VaadinIcon.REFRESH.create(),
                e -> confirmRenewal());
        renew.addClassName("calendar-renew");
        var close = new Button(getTranslation("calendar.dialog.close"), e -> close());
        getFooter().add(renew, close, copy);
        show(address());
    }

    /** The address, issued now if this is the first time; another member issuing it at the same moment wins. */
    private FeedAddress address() {
        try {
            return feeds.address(posterId);
        } catch (DataIntegrityViolationException issuedMeanwhile) {
            return feeds.address(posterId);
        }
    }

    private void show(FeedAddress feed) {
        address.setValue(appAddress + feed.path());
        issued.setText(getTranslation("calendar.dialog.issued",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(feed.issuedAt().atZone(OsloTime.ZONE)), feed.issuedBy()));
    }

    private void copy() {
        address.getElement().executeJs("return navigator.clipboard.writeText($0)", address.getValue())
                .then(ok -> Notification.show(getTranslation("calendar.dialog.copied")),
                        // Without clipboard access (an address without https) the address is selected to copy by hand.
                        failed -> address.focus());
    }

    private void confirmRenewal() {
        var confirm = new ConfirmDialog(getTranslation("calendar.dialog.renew"),
                getTranslation("calendar.dialog.renewConfirm"), getTranslation("calendar.dialog.renew"), ok -> renew());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void renew() {
        try {
            show(feeds.renew(posterId));
            Notification.show(getTranslation("calendar.dialog.renewed"));
        } catch (OptimisticLockingFailureException e) {
            show(address());
            Notification.show(getTranslation("calendar.dialog.renewConflict"));
        }
    }
}
