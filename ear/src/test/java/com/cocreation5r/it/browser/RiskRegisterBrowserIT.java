package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The risk register of a demo campaign in headless Chromium: the program manager finds the four
 * risks of the source and revises one; a recruiter may not see the register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskRegisterBrowserIT {

    private static final String PROGRAM_MANAGER = "pia";
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
    void theProgramManagerRevisesARiskAndARecruiterMayNotSeeTheRegister() {
        // Arrange: the program manager opens the risk register of a demo campaign
        signIn(PROGRAM_MANAGER);
        driver.get(Deployments.baseUrl() + "campaigns.xhtml");
        click(By.id("campaigns-form:campaigns:0:risks"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("risks-form:risks")));
        String registerUrl = driver.getCurrentUrl();
        List<WebElement> risks = driver.findElements(By.cssSelector("[id$=':risk']"));
        assertThat(risks).extracting(WebElement::getText).hasSize(4)
                .anyMatch(risk -> risk.contains("effectiveness"))
                .anyMatch(risk -> risk.contains("not invented here"));

        // Act: revise the planned response of the first risk and save it
        String response = "Share a one-page result after the pilot " + UUID.randomUUID();
        type(By.id("risks-form:risks:0:planned-response"), response);
        click(By.id("risks-form:risks:0:save"));

        // Assert: confirmed, and still there after reloading the page
        waitForText(By.id("risks-form:messages"), "The risk was saved.");
        driver.get(registerUrl);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("risks-form:risks:0:planned-response")));
        assertThat(driver.findElement(By.id("risks-form:risks:0:planned-response")).getDomProperty("value"))
                .isEqualTo(response);
        assertNoJavaScriptErrors();

        // Act: a recruiter opens the same page
        click(By.id("header-form:sign-out"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        signIn(RECRUITER);
        driver.get(registerUrl);

        // Assert: refused, and no risk shown
        waitForText(By.id("risks-form:messages"), "You are not allowed");
        assertThat(driver.findElements(By.id("risks-form:risks"))).isEmpty();
        assertNoJavaScriptErrors();
    }

    private void signIn(String user) {
        driver.get(Deployments.baseUrl());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type(By.id("username"), user);
        type(By.id("password"), DEMO_PASSWORD);
        click(By.id("sign-in"));
        waitForText(By.id("user-name"), user);
    }

    private void type(By field, String text) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By target) {
        waitFor(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private void waitForText(By element, String text) {
        waitFor(driver -> {
            try {
                List<WebElement> found = driver.findElements(element);
                return !found.isEmpty() && found.get(0).getText().contains(text);
            } catch (StaleElementReferenceException replacedByAjax) {
                return false;
            }
        });
    }

    private <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PAGE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("severe messages in the browser console").isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return document.readyState")).isEqualTo("complete");
    }
}
