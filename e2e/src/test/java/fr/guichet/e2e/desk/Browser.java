package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import fr.guichet.e2e.Stack;

/**
 * A headless Chromium on the desk, through the gateway like a user's browser: Debian's chromium and chromedriver
 * (.ci/run installs them), never a downloaded one. One browser per test class
 * ({@code @RegisterExtension static final Browser browser = new Browser();}, after {@code @ExtendWith(Stack.class)}),
 * logged out after each test.
 */
public class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** The WCAG 2.1 A and AA rules: RGAA 4.1's automated part. */
    private static final List<String> RGAA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("guichet.chromium", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=fr-FR", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("guichet.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        forgetSessions();
    }

    /** Becomes a visitor again: every cookie of the browser, Keycloak's too (deleteAllCookies() sees one site's only). */
    public void forgetSessions() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the desk by its path, e.g. "/dossiers". */
    public Browser open(String path) {
        driver.get(Stack.GATEWAY + path);
        return this;
    }

    /** Logs in through Keycloak's own form, as a user of the local realm (password = user name). */
    public Browser logInAs(String user) {
        open("/connexion");
        fillKeycloakForm(user, user);
        return this;
    }

    /** Fills and sends a Keycloak login form (the guichet realm's, or the imitated Pro Santé Connect's). */
    public void fillKeycloakForm(String user, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Stack.GATEWAY));
    }

    public String path() {
        return driver.getCurrentUrl().substring(Stack.GATEWAY.length());
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * Clicks a link or a form's button that leads to another page, and waits for that page: the old one gone first
     * (its readyState is still "complete" just after the click), then the new one loaded.
     */
    public void clickThrough(By target) {
        leadsToAnotherPage(() -> driver.findElement(target).click());
    }

    /**
     * Does what leads to another page (a click, Enter on a button) and waits for that page. The old page is known gone
     * when a mark left on its window is: asking an element of it whether it is stale can fail in other ways mid-way.
     */
    public void leadsToAnotherPage(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.guichetOldPage = true;");
        action.run();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.guichetOldPage !== true"));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Runs axe-core on the page as it is now and fails with every violation listed: a page and each of its states
     * (a form with errors, an open section) is checked apart.
     */
    public void assertAccessible(String state) {
        Results results = new AxeBuilder().withTags(RGAA_TAGS).analyze(driver);
        String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertEquals("", violations, "axe-core violations on " + state + " (" + driver.getCurrentUrl() + ")");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * Presses Tab and answers the element that has the focus then, checking that the focus can be seen. From a file
     * input the key goes to the page, as a keyboard's does: typed into that input, Selenium would take it for a path.
     */
    public WebElement tab() {
        WebElement active = driver.switchTo().activeElement();
        if ("file".equals(active.getAttribute("type"))) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        } else {
            active.sendKeys(Keys.TAB);
        }
        WebElement focused = driver.switchTo().activeElement();
        assertFocusVisible(focused);
        return focused;
    }

    /** Tabs until an element matching the selector has the focus, failing after 60 presses (a trap or a missing element). */
    public WebElement tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < 60; i++) {
            WebElement focused = tab();
            if (focused.equals(wanted)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + target + " on " + driver.getCurrentUrl());
    }

    /** DSFR draws the focus as an outline: it must not be none. */
    private void assertFocusVisible(WebElement focused) {
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        assertNotEquals("none-none", outline + "-" + shadow,
                "no visible focus on " + focused.getTagName() + " " + focused.getAttribute("outerHTML"));
    }

    /**
     * Saves a screenshot of the page: into docs/screenshots (shown in the README) when the build is run with
     * -Dguichet.screenshots.write=true, else under target/ so that a test run leaves the repository untouched.
     */
    public void screenshot(String name) {
        Path root = Path.of(System.getProperty("guichet.root", ".."));
        Path folder = Boolean.getBoolean("guichet.screenshots.write") ? root.resolve("docs/screenshots")
                : Path.of("target/screenshots");
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }

    /** The page's navigation timing entry as Chromium recorded it (durations in ms, transferSize in bytes). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> navigationTiming() {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('navigation')[0].toJSON()");
    }

    /** Bytes the page and its resources took on the wire so far (compressed sizes, 0 for cached ones). */
    public long transferredBytes() {
        Object bytes = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.transferSize || 0), 0)");
        return ((Number) bytes).longValue();
    }
}
