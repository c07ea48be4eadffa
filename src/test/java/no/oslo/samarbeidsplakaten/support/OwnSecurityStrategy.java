package no.oslo.samarbeidsplakaten.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context installs its own security context strategy (Vaadin's) JVM-wide when it starts, so with
 * several test contexts in one JVM the last one started wins, and a test on an earlier context would put its user
 * where the app does not look. Before each test this puts back the strategy of the test's own context.
 */
public class OwnSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    /** Before Spring Security's {@code @WithUserDetails} listener sets the test's user. */
    @Override
    public int getOrder() {
        return 5_000;
    }
}
