package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;

/** The poster an address like {@code /plakat/{id}/…} names. */
@NamedInterface("views")
public final class PosterRoute {

    private PosterRoute() {
    }

    /**
     * @return the poster, or null after sending the user to "not found": also when they may not see it, so an address
     *     never tells whether a poster exists
     */
    public static PosterDocument load(BeforeEnterEvent event, PosterQueries posters) {
        return orNotFound(event, posters::load);
    }

    /**
     * For the views of agreed versions, which readers see too.
     *
     * @return the poster's summary, or null after sending the user to "not found", as {@link #load} does
     */
    public static PosterSummary summary(BeforeEnterEvent event, PosterQueries posters) {
        return orNotFound(event, posters::summary);
    }

    private static <T> T orNotFound(BeforeEnterEvent event, java.util.function.LongFunction<T> loader) {
        long posterId = event.getRouteParameters().getLong("posterId").orElseThrow();
        try {
            return loader.apply(posterId);
        } catch (NotFoundException | AccessDeniedException e) {
            event.rerouteToError(new NotFoundException("poster " + posterId), "");
            return null;
        }
    }
}
