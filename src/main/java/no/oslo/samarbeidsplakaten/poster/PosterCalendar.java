package no.oslo.samarbeidsplakaten.poster;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** The button that offers a poster's calendar feed; the calendar feature provides it. */
public interface PosterCalendar {

    /**
     * @param appAddress the app's absolute address, ending in a slash, for the feed's full address
     * @return the button, or empty for a user who may not subscribe (a workshop guest)
     */
    Optional<Component> button(long posterId, boolean agreed, String appAddress);
}
