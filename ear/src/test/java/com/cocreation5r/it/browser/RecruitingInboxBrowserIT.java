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
import org.openqa.selenium.JavascriptExecutor;
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
 * The Recruiting inbox in a real browser: signing in, claiming and completing a screening task
 * with a validation error on the way, and the interview task it hands to the interviewers. Uses
 * the demo users and the demo campaign of the embedded H2 server, whose screening tasks appear a
 * few seconds after the server starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitingInboxBrowserIT {

    private static final String RECRUITER = "rita";
    private static final String INTERVIEWER = "ivan";
    private static final String DEMO_PASSWORD = "demo";
    private static final String SCREENING_TASK = "Screen written application";
    private static final String INTERVIEW_TASK = "Hold selection interview";

    /** The demo campaign's screening tasks are created by a job after its call closes. */
    private static final Duration TASKS_APPEAR = Duration.ofSeconds(60);
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
    void recruiterScreensAnApplicationAndTheInterviewersGetTheInterview() {
        // Arrange: the recruiter sees the screening tasks of the demo campaign in her groups' tasks
        signIn(RECRUITER);
        WebElement screeningRow = waitForGroupTask(SCREENING_TASK);
        String taskId = taskIdOf(screeningRow);

        // Act: claim it, open it from "My tasks" and submit it without a decision
        screeningRow.findElement(By.cssSelector("[id$=':claim']")).click();
        waitForText(By.id("inbox-form:messages"), "You claimed");
        click(By.id("inbox-form:view-mine"));
        WebElement myRow = waitFor(driver -> rowOf(taskId));
        myRow.findElement(By.cssSelector("[id$=':open']")).click();

        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:capability_input")));
        String candidate = driver.findElement(By.id("candidate-name")).getText();
        type(By.id("task-form:capability_input"), "4");
        type(By.id("task-form:willingness_input"), "3");
        type(By.id("task-form:writing_input"), "5");
        type(By.id("task-form:comment"), "Clear, passionate and close to the target group.");
        click(By.id("task-form:complete"));

        // Assert: the error stands next to the decision, and what was typed is still there
        waitForText(By.id("task-form:decision-message"), "Choose a decision");
        assertThat(value(By.id("task-form:capability_input"))).isEqualTo("4");
        assertThat(value(By.id("task-form:willingness_input"))).isEqualTo("3");
        assertThat(value(By.id("task-form:writing_input"))).isEqualTo("5");
        assertThat(value(By.id("task-form:comment"))).isEqualTo("Clear, passionate and close to the target group.");
        assertThat(driver.findElement(By.id("task-form:capability-message")).getText()).isEmpty();

        // Act: shortlist the candidate and complete the task
        chooseRadio("task-form:decision", "SHORTLIST");
        click(By.id("task-form:complete"));

        // Assert: back in the inbox with a confirmation, the task is gone from my tasks
        waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        waitForText(By.id("inbox-form:messages"), candidate);
        assertThat(rowOf(taskId)).isNull();
        assertNoJavaScriptErrors();

        // Act: the interviewer signs in
        click(By.id("header-form:sign-out"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        signIn(INTERVIEWER);

        // Assert: the interviewers' tasks hold the interview with that candidate
        waitForGroupTask(INTERVIEW_TASK);
        List<String> interviewTasks = driver.findElements(taskRows(INTERVIEW_TASK)).stream()
                .map(RecruitingInboxBrowserIT::taskIdOf).toList();
        List<String> candidates = interviewTasks.stream().map(this::candidateOfTask).toList();
        assertThat(candidates).contains(candidate);
        assertNoJavaScriptErrors();
    }

    @Test
    void aWrongPasswordShowsTheSignInFailure() {
        // Arrange
        driver.get(Deployments.baseUrl());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        // Act
        type(By.id("username"), RECRUITER);
        type(By.id("password"), "not-the-password");
        click(By.id("sign-in"));

        // Assert: the failure is explained and the form is there to try again
        waitForText(By.id("sign-in-error"), "wrong");
        assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        assertNoJavaScriptErrors();
    }

    @Test
    void theKoreanSwitchShowsKoreanTexts() {
        // Arrange
        signIn(RECRUITER);
        assertThat(driver.findElement(By.id("inbox-form:view-mine")).getText()).isEqualTo("My tasks");

        // Act
        click(By.id("header-form:lang-ko"));

        // Assert: the page and the next pages speak Korean
        waitForText(By.id("inbox-form:view-mine"), "내 업무");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        click(By.id("header-form:nav-campaigns"));
        waitForText(By.tagName("h1"), "캠페인");
        assertNoJavaScriptErrors();
    }

    // ------------------------------------------------------------------ steps

    private void signIn(String user) {
        driver.get(Deployments.baseUrl());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type(By.id("username"), user);
        type(By.id("password"), DEMO_PASSWORD);
        click(By.id("sign-in"));
        waitForText(By.id("user-name"), user);
    }

    /** The first row of the groups' view showing {@code taskName}, reloading until it is there. */
    private WebElement waitForGroupTask(String taskName) {
        return new WebDriverWait(driver, TASKS_APPEAR, Duration.ofSeconds(2)).until(driver -> {
            driver.get(Deployments.baseUrl() + "inbox.xhtml?view=groups");
            List<WebElement> rows = driver.findElements(taskRows(taskName));
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    /** The candidate named on a task's page. */
    private String candidateOfTask(String taskId) {
        driver.get(Deployments.baseUrl() + "task.xhtml?id=" + taskId);
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-name"))).getText();
    }

    private static By taskRows(String taskName) {
        return By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name') and normalize-space(.)='"
                + taskName + "']]");
    }

    private WebElement rowOf(String taskId) {
        List<WebElement> rows = driver.findElements(
                By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name') and contains(@href,'id="
                        + taskId + "')]]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String taskIdOf(WebElement row) {
        String href = row.findElement(By.cssSelector("a.task-name")).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    private void chooseRadio(String radioId, String value) {
        WebElement input = driver.findElement(
                By.cssSelector("input[name='" + radioId + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    private void type(By field, String text) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By target) {
        waitFor(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private String value(By field) {
        return driver.findElement(field).getDomProperty("value");
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

    /** Fails on errors the pages' scripts reported to the browser console. */
    private void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the browser asks for a favicon the application does not have; that is no script error
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("severe messages in the browser console").isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return document.readyState")).isEqualTo("complete");
    }
}
