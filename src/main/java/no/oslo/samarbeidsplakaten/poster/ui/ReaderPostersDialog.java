package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterFilter;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.security.service.UserService.UserListItem;
import org.springframework.data.domain.PageRequest;

/** The admin chooses which posters a reader account may read. */
class ReaderPostersDialog extends Dialog {

    ReaderPostersDialog(UserListItem reader, PosterQueries posters, PosterReaders readers) {
        setHeaderTitle(getTranslation("users.readerPostersFor", reader.displayName()));
        var choice = new MultiSelectComboBox<PosterSummary>(getTranslation("users.readerPosters"));
        var all = posters.findSummaries(new PosterFilter("", null), PageRequest.of(0, 1000));
        choice.setItems(all);
        choice.setItemLabelGenerator(p -> p.departmentName() + " – " + p.agencyName());
        var given = readers.postersGivenTo(reader.id());
        choice.setValue(all.stream().filter(p -> given.contains(p.id())).collect(Collectors.toSet()));
        choice.setWidthFull();
        var save = new Button(getTranslation("users.readerPostersSave"), e -> {
            readers.givePosters(reader.id(), choice.getValue().stream().map(PosterSummary::id)
                    .collect(Collectors.toSet()));
            close();
            Notification.show(getTranslation("users.readerPostersSaved", reader.displayName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("users.readerPostersHelp")), choice);
        setWidth("min(40rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
