package no.oslo.samarbeidsplakaten.security.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** No default password anywhere: on a database without users, the first admin gets a random one, logged once. */
@Component
@org.springframework.core.annotation.Order(0)
class InitialAdminCreator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final UserService userService;

    InitialAdminCreator(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void run(ApplicationArguments args) {
        userService.createInitialAdminIfNone().ifPresent(password -> LOG.warn("""

                ==================================================================
                 First start: created the administrator account.
                   username: admin
                   password: {}
                 This password is shown only this once. Log in and add users.
                ==================================================================""", password));
    }
}
