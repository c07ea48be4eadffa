package no.oslo.samarbeidsplakaten.support;

import org.openqa.selenium.By;

/** The department's and the agency's leaders agree in their own browsers, as the approval bar lets them. */
public final class Agreement {

    private Agreement() {
    }

    /**
     * The department approves, the agency sees it and approves too, and the department locks the next version with a
     * summary of the change.
     */
    public static void approveBothAndLock(Browser department, Browser agency, int number, String summary) {
        department.click(department.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-button[contains(., 'Godkjenn for Byrådsavdelingen')]"))));
        agency.waitFor(d -> d.findElement(By.cssSelector(".approval-chip[data-side='DEPARTMENT']")).getText()
                .startsWith("☑ Byrådsavdelingen: godkjent av") ? true : null);
        agency.click(agency.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-button[contains(., 'Godkjenn for Virksomheten')]"))));
        var lock = department.waitFor(d -> {
            var button = d.findElement(By.xpath("//vaadin-button[contains(., 'Lås som versjon " + number + "')]"));
            return button.isEnabled() && button.getDomAttribute("disabled") == null ? button : null;
        });
        department.click(lock);
        department.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog vaadin-text-area textarea")))
                .sendKeys(summary);
        department.driver().findElement(By.xpath("//vaadin-button[contains(., 'Lås versjon " + number + "')]"))
                .click();
        department.waitFor(d -> d.findElement(By.cssSelector(".status-badge")).getText()
                .equals("Vedtatt · versjon " + number) ? true : null);
    }
}
