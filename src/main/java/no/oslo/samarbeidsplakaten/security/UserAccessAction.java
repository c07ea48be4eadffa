package no.oslo.samarbeidsplakaten.security;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.security.service.UserService.UserListItem;

/**
 * What another feature lets an administrator grant a user from the user list (poster gives readers their posters).
 * Security knows the accounts, not what they may be given access to.
 */
public interface UserAccessAction {

    /** The control for this user's row, or empty when the action does not apply to them. */
    Optional<Component> forUser(UserListItem user);
}
