/**
 * Who the user is: accounts with BCrypt hashes, form login, the first administrator with a one-time password, and the
 * administration of users.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "organisation", "organisation :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
