package no.oslo.samarbeidsplakaten;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Every feature package is a module: no cycles between them, and none reaches into another's internals. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughWhatTheyPublish() {
        MODULES.verify();
    }
}
