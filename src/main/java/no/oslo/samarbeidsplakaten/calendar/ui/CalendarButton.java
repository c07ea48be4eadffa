package no.oslo.samarbeidsplakaten.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.calendar.service.CalendarFeeds;
import no.oslo.samarbeidsplakaten.poster.PosterCalendar;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import org.springframework.stereotype.Component;

/** The calendar button on the poster page, for the pair's members. */
@Component
class CalendarButton implements PosterCalendar {

    private final CalendarFeeds feeds;
    private final CurrentUser currentUser;

    CalendarButton(CalendarFeeds feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> button(long posterId, boolean agreed, String appAddress) {
        boolean member = currentUser.get().map(user -> user.appRole() != AppRole.READER).orElse(false);
        if (!member) {
            return Optional.empty();
        }
        var button = new Button(VaadinIcon.CALENDAR.create());
        button.setText(button.getTranslation("calendar.button"));
        button.setAriaLabel(button.getTranslation("calendar.button.label"));
        button.setTooltipText(button.getTranslation("calendar.button.label"));
        button.addClassName("calendar-button");
        button.addClickListener(e -> new CalendarDialog(feeds, posterId, agreed, appAddress).open());
        return Optional.of(button);
    }
}
