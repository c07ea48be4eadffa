package no.oslo.samarbeidsplakaten.support;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium and chromium-driver) driven through Selenium. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=nb-NO");
        this.driver = new ChromeDriver(options);
        this.baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public void logIn(String username, String password) {
        open("/login");
        WebElement user = waitFor(d -> d.findElement(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/login") ? null : true);
        waitForVaadin();
    }

    /** Joins a workshop by its code as a guest on the agency's side, as someone in the room would. */
    public void joinAsGuest(String code, String name, String roleTitle) {
        open("/verksted/" + code.replace("-", ""));
        driver.findElement(By.xpath("//vaadin-text-field[./label[contains(., 'Navnet ditt')]]//input")).sendKeys(name);
        driver.findElement(By.xpath("//vaadin-radio-button[contains(., 'Virksomheten')]")).click();
        var role = driver.findElement(By.xpath("//vaadin-combo-box//input"));
        role.sendKeys(roleTitle);
        role.sendKeys(org.openqa.selenium.Keys.TAB);
        driver.findElement(By.xpath("//vaadin-button[contains(., 'Bli med')]")).click();
        waitFor(d -> d.getCurrentUrl().matches(".*/plakat/\\d+$") ? true : null);
        waitForVaadin();
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(condition);
    }

    /** Waits until Vaadin has no request in flight. */
    public void waitForVaadin() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) { return false; }
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)) ? true : null);
    }

    /** The value of the text area in the given section, as the browser shows it. */
    public String textAreaValue(String sectionId) {
        return (String) script("return document.querySelector('#' + arguments[0] + ' vaadin-text-area').value;",
                sectionId);
    }

    public WebElement textArea(String sectionId) {
        return driver.findElement(By.cssSelector("#" + sectionId + " vaadin-text-area textarea"));
    }

    /** Replaces the text of the section's text area as a user would, and leaves the field. */
    public void replaceText(String sectionId, String text) {
        WebElement area = textArea(sectionId);
        area.click();
        area.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        area.sendKeys(text);
        area.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of the sticky toolbar. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public void waitUntilSaved() {
        waitFor(d -> d.findElement(By.cssSelector(".save-status")).getText().startsWith("Alle endringer er lagret (kl.")
                ? true : null);
    }

    /** What the save status and the fields say, for a failure message: its text, state, and the unsaved fields. */
    public String saveStatusReport() {
        return String.valueOf(script("""
                const status = document.querySelector('.save-status');
                const unsaved = [...document.querySelectorAll('[data-cell]')]
                    .filter(f => f.hasAttribute('data-unsaved') || f.invalid)
                    .map(f => f.dataset.cell + ' (' + (f.errorMessage || '') + ')');
                return status ? 'status "' + status.textContent + '", state ' + status.dataset.state
                    + (status.hasAttribute('data-pending') ? ', saving' : '') + '; unsaved fields: ' + unsaved
                    + '; dialogs open: ' + document.querySelectorAll('vaadin-dialog-overlay[opened]').length
                    : 'no save status on ' + location.href;
                """));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
