package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by ChromeDriver, as a JUnit extension, with the steps the
 * browser tests share: signing in as a demo user, finding inbox rows, typing, clicking and waiting
 * for Ajax updates.
 *
 * <p>Register it on a field of the test class:
 * <pre>{@code
 * @RegisterExtension
 * final Browser browser = new Browser();
 * }</pre>
 * A fresh Chromium with an empty profile starts before each test; after it, a screenshot of the
 * page the test ended on is kept under {@code target/browser-screenshots} as
 * {@code <TestClass>-<testMethod>.png}, and Chromium is closed and its profile removed. A test
 * that checks downloaded files asks for {@link #downloads()}.
 */
final class Browser implements BeforeEachCallback, AfterEachCallback {

    static final String DEMO_PASSWORD = "demo";
    private static final Duration PAGE = Duration.ofSeconds(15);

    private Path profile;
    private Path downloads;
    private WebDriver driver;

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
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

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        try {
            if (driver != null) {
                keepScreenshot(test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName());
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            deleteFolder(profile);
            deleteFolder(downloads);
            profile = null;
            downloads = null;
        }
    }

    /**
     * An empty folder, removed after the test, where Chromium saves what the pages download from
     * now on (the first call makes it; later calls give the same folder).
     */
    Path downloads() throws IOException {
        if (downloads == null) {
            downloads = Files.createTempDirectory("chromium-downloads");
            ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        }
        return downloads;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String page) {
        driver.get(Deployments.baseUrl() + page);
    }

    void signIn(String user) {
        open("");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type(By.id("username"), user);
        type(By.id("password"), DEMO_PASSWORD);
        click(By.id("sign-in"));
        waitForText(By.id("user-name"), user);
    }

    void signOut() {
        click(By.id("header-form:sign-out"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** The first row of the groups' view showing {@code taskName}, reloading until it is there. */
    WebElement waitForGroupTask(String taskName, Duration patience) {
        return waitForGroupTask(taskRows(taskName), patience);
    }

    /** The groups' view row of {@code taskName} about {@code subject}, reloading until it is there. */
    WebElement waitForGroupTask(String taskName, String subject, Duration patience) {
        return waitForGroupTask(By.xpath(taskRowsXpath(taskName) + "[.//*[contains(@id,':subject') and normalize-space(.)='"
                + subject + "']]"), patience);
    }

    /**
     * The groups' view row of {@code taskName} (in {@code campaign}, unless null), found through the
     * table's name filter (the inbox pages, so a busy group's task need not be on the first page),
     * reloading until it is there. Names may hold apostrophes: the XPath literals are double-quoted.
     */
    WebElement waitForFilteredGroupTask(String taskName, String campaign, Duration patience) {
        By rows = By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name')"
                + " and normalize-space(.)=\"" + taskName + "\"]]"
                + (campaign == null ? "" : "[.//*[contains(@id,':campaign') and normalize-space(.)=\"" + campaign + "\"]]"));
        return new WebDriverWait(driver, patience, Duration.ofSeconds(2)).until(driver -> {
            open("inbox.xhtml?view=groups");
            WebElement filter = waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("input[id$='name-column:filter']")));
            // set the filter without key strokes, so no delayed second reload makes the row found stale
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]; PF('tasksTable').filter();",
                    filter, taskName);
            try {
                waitFor(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                        "return PrimeFaces.ajax.Queue.isEmpty()"))
                        && page.findElements(By.cssSelector("tbody[id='inbox-form:tasks_data'] a.task-name")).stream()
                                .allMatch(name -> name.getText().contains(taskName)));
                return waitFor(ExpectedConditions.visibilityOfElementLocated(rows));
            } catch (TimeoutException notYet) {
                return null;
            }
        });
    }

    private WebElement waitForGroupTask(By rows, Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofSeconds(2)).until(driver -> {
            open("inbox.xhtml?view=groups");
            List<WebElement> found = driver.findElements(rows);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Claims the task of an inbox row and opens it from "My tasks"; returns the task id. */
    String claimAndOpen(WebElement groupRow) {
        String taskId = taskIdOf(groupRow);
        groupRow.findElement(By.cssSelector("[id$=':claim']")).click();
        waitForText(By.id("inbox-form:messages"), "You claimed");
        click(By.id("inbox-form:view-mine"));
        WebElement myRow = waitFor(driver -> rowOf(taskId));
        myRow.findElement(By.cssSelector("[id$=':open']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:complete")));
        return taskId;
    }

    static By taskRows(String taskName) {
        return By.xpath(taskRowsXpath(taskName));
    }

    private static String taskRowsXpath(String taskName) {
        return "//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name') and normalize-space(.)='"
                + taskName + "']]";
    }

    WebElement rowOf(String taskId) {
        List<WebElement> rows = driver.findElements(
                By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name') and contains(@href,'id="
                        + taskId + "')]]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    static String taskIdOf(WebElement row) {
        String href = row.findElement(By.cssSelector("a.task-name")).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    void chooseRadio(String radioId, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + radioId + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    void type(By field, String text) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        // widgets such as spinners put their value back on clear(); select it so typing replaces it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    void click(By target) {
        waitFor(ExpectedConditions.elementToBeClickable(target)).click();
    }

    String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    String text(By element) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(element)).getText();
    }

    void waitForText(By element, String text) {
        waitForText(element, text, PAGE);
    }

    void waitForText(By element, String text, Duration patience) {
        new WebDriverWait(driver, patience).ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> found = driver.findElements(element);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PAGE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Fails on errors the pages' scripts reported to the browser console. */
    void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the browser asks for a favicon the application does not have; that is no script error
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("severe messages in the browser console").isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return document.readyState")).isEqualTo("complete");
    }

    /** Keeps a picture of the page the test ended on, under target/browser-screenshots. */
    private void keepScreenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("test.servers.dir", "target"), "browser-screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
