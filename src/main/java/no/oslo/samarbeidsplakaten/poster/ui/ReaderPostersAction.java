package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.security.UserAccessAction;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.UserService.UserListItem;

/** In the user list, a reader account gets a button to choose the posters it may read. */
@org.springframework.stereotype.Component
class ReaderPostersAction implements UserAccessAction {

    private final PosterQueries posters;
    private final PosterReaders readers;

    ReaderPostersAction(PosterQueries posters, PosterReaders readers) {
        this.posters = posters;
        this.readers = readers;
    }

    @Override
    public Optional<Component> forUser(UserListItem user) {
        if (user.appRole() != AppRole.READER) {
            return Optional.empty();
        }
        var give = new Button();
        give.setText(give.getTranslation("users.readerPosters"));
        give.setAriaLabel(give.getTranslation("users.readerPostersFor", user.displayName()));
        give.addClickListener(e -> new ReaderPostersDialog(user, posters, readers).open());
        return Optional.of(give);
    }
}
