package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit page in a real browser, as the demo auditor: the chain's state and the log's entries,
 * and that other staff neither see the page's link nor get the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageBrowserIT {

    private static final String AUDITOR = "audrey";
    private static final String RECRUITER = "rita";
    private static final String DEMO_PASSWORD = "demo";
    private static final Duration PAGE = Duration.ofSeconds(15);

    private Path profile;
    private WebDriver driver;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + profile, "--lang=en-US");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theAuditorSeesWhetherTheChainIsIntactAndTheNewestEntries() {
        // Arrange
        signIn(AUDITOR);

        // Act
        click(By.id("header-form:nav-audit"));

        // Assert: the chain is intact, and the log's newest entries are listed by name with their hash
        waitForText(By.id("audit-form:chain-status"), "The audit chain is intact.");
        List<String> actions = driver.findElements(By.cssSelector("[id$=':action']")).stream()
                .map(WebElement::getText).toList();
        assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action).isNotBlank()
                .doesNotContain("auditAction").doesNotContain("???"));
        assertThat(driver.findElement(By.cssSelector("[id$=':hash']")).getText()).matches("[0-9a-f]{12}");

        // Act: verify again, a moment later
        String checkedBefore = driver.findElement(By.id("audit-form:chain-checked")).getText();
        pause(Duration.ofMillis(1100));
        click(By.id("audit-form:verify"));

        // Assert: verified anew, still intact
        waitFor(driver -> !textOf(By.id("audit-form:chain-checked")).equals(checkedBefore));
        assertThat(driver.findElement(By.id("audit-form:chain-status")).getText())
                .contains("The audit chain is intact.");
        assertNoJavaScriptErrors();
    }

    @Test
    void otherStaffNeitherSeeTheLinkNorGetThePage() {
        // Arrange
        signIn(RECRUITER);
        assertThat(driver.findElements(By.id("header-form:nav-audit"))).isEmpty();
        assertNoJavaScriptErrors();

        // Act
        driver.get(Deployments.baseUrl() + "audit.xhtml");

        // Assert
        assertThat(driver.findElements(By.id("audit-form:chain-status"))).isEmpty();
        assertThat(driver.findElements(By.id("audit-form:entries"))).isEmpty();
        assertThat(driver.getPageSource()).containsIgnoringCase("forbidden");
    }

    private void signIn(String user) {
        driver.get(Deployments.baseUrl());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        click(By.id("sign-in"));
        waitForText(By.id("user-name"), user);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void click(By target) {
        waitFor(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private String textOf(By element) {
        List<WebElement> found = driver.findElements(element);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private void waitForText(By element, String text) {
        waitFor(driver -> textOf(element).contains(text));
    }

    private <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PAGE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Fails on errors the page's scripts reported to the browser console. */
    private void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("severe messages in the browser console").isEmpty();
    }
}
