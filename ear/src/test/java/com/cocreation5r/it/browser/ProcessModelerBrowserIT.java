package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The in-browser modeler end to end, as the demo process owners: {@code owen} opens a stage model,
 * adds a user task and submits the change; {@code olga} reviews the visual diff and approves it;
 * an instance started on the new version shows the new task in the process owners' inbox.
 *
 * <p>The edited model is deployed under a key of its own, so the stage the other tests run stays
 * as it ships; any model with a start event works the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcessModelerBrowserIT {

    private static final String AUTHOR = "owen";
    private static final String REVIEWER = "olga";
    private static final String MODEL = "recruiting";
    private static final String NEW_TASK = "Check the call text";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anOwnerAddsAUserTaskAnotherApprovesItAndTheNewTaskReachesTheInbox() throws Exception {
        String key = "recruitingVariant" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

        // Arrange: the author opens the latest version of the model in the modeler
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        WebElement latest = browser.waitFor(driver -> driver.findElements(By.xpath(
                "//tbody[@id='models-form:versions_data']/tr[.//*[contains(@id,':model-key') and normalize-space(.)='"
                        + MODEL + "'] and .//*[contains(@class,'latest-mark')]]")).stream().findFirst().orElse(null));
        latest.findElement(By.cssSelector("a[id$=':edit']")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#modeler-canvas .djs-container")));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#modeler-properties .bio-properties-panel")));

        // Act: add a user task for process owners right after the start, as its own process
        Object added = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const [key, taskName, done] = arguments;
                const modeler = CoCreationDiagrams.current.modeler;
                const registry = modeler.get('elementRegistry');
                const modeling = modeler.get('modeling');
                const root = modeler.get('canvas').getRootElement();
                const start = registry.filter(e => e.type === 'bpmn:StartEvent' && e.parent === root)[0];
                const flow = start.outgoing[0];
                const next = flow.target;
                modeling.removeConnection(flow);
                const task = modeler.get('autoPlace').append(start,
                    modeler.get('elementFactory').createShape({ type: 'bpmn:UserTask' }));
                modeling.connect(task, next);
                modeling.updateProperties(task, { id: 'checkCallText', name: taskName,
                    'camunda:candidateGroups': 'process-owner' });
                modeling.updateProperties(root, { id: key });
                setTimeout(() => done(task.id), 500);
                """, key, NEW_TASK);
        assertThat(added).isEqualTo("checkCallText");
        browser.click(By.id("modeler-form:validate"));
        browser.waitForText(By.id("modeler-form:messages"), "The model is valid");
        browser.type(By.id("modeler-form:summary"), "The recruiters check the call text before it opens");
        browser.click(By.id("modeler-form:submit"));
        browser.waitForText(By.id("modeler-form:messages"), "waiting for another process owner's review");
        Matcher submitted = Pattern.compile("Change request (\\d+) ").matcher(browser.text(By.id("modeler-form:messages")));
        assertThat(submitted.find()).isTrue();
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // Act: the other process owner finds the review in the groups' inbox, claims it, sees the diff and approves
        browser.signIn(REVIEWER);
        String reviewId = reviewTaskId(submitted.group(1));
        browser.waitFor(driver -> {
            browser.open("inbox.xhtml?view=groups");
            return browser.rowOf(reviewId);
        });
        browser.open("task.xhtml?id=" + reviewId);
        browser.click(By.id("task-form:claim"));
        browser.waitForText(By.id("diff-list"), NEW_TASK);
        assertThat(browser.text(By.id("diff-list"))).contains("added: " + NEW_TASK);
        assertThat(browser.driver().findElements(By.cssSelector("#diff-proposed .diff-added"))).isNotEmpty();
        browser.click(By.id("task-form:approve"));
        browser.waitForText(By.id("inbox-form:messages"), "the new version is deployed");
        browser.assertNoJavaScriptErrors();

        // Act: an instance of the new version starts (through the REST API, as the author)
        HttpResponse<String> started = rest(AUTHOR, HttpRequest.newBuilder(
                        URI.create(Deployments.baseUrl() + "engine-rest/process-definition/key/" + key + "/start"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        // Assert: the new task is in the process owners' inbox
        WebElement newTask = browser.waitForGroupTask(NEW_TASK, Duration.ofSeconds(30));
        assertThat(newTask.getText()).contains(NEW_TASK);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aRefusedElementIsMarkedOnTheDiagramAndNothingIsSubmitted() throws Exception {
        // Arrange: the author opens the latest version of the model in the modeler
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        WebElement latest = browser.waitFor(driver -> driver.findElements(By.xpath(
                "//tbody[@id='models-form:versions_data']/tr[.//*[contains(@id,':model-key') and normalize-space(.)='"
                        + MODEL + "'] and .//*[contains(@class,'latest-mark')]]")).stream().findFirst().orElse(null));
        latest.findElement(By.cssSelector("a[id$=':edit']")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#modeler-canvas .djs-container")));

        // Act: a service task that runs an arbitrary Java class, then the server's validation
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const modeler = CoCreationDiagrams.current.modeler;
                const root = modeler.get('canvas').getRootElement();
                const start = modeler.get('elementRegistry')
                    .filter(e => e.type === 'bpmn:StartEvent' && e.parent === root)[0];
                const task = modeler.get('modeling').createShape({ type: 'bpmn:ServiceTask' },
                    { x: start.x + 60, y: start.y + 200 }, root);
                modeler.get('modeling').updateProperties(task, { id: 'runAnything', name: 'Run anything',
                    'camunda:class': 'java.lang.ProcessBuilder' });
                setTimeout(done, 500);
                """);
        browser.click(By.id("modeler-form:validate"));

        // Assert: the problem is listed, and marked with its rule on the element itself
        browser.waitForText(By.id("problem-list"), "runAnything");
        assertThat(browser.text(By.id("problem-list"))).contains("JAVA_CLASS");
        WebElement marked = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#modeler-canvas .djs-element.problem[data-element-id='runAnything']")));
        assertThat(marked).isNotNull();
        assertThat(browser.text(By.cssSelector("#modeler-canvas .diagram-note.problem"))).contains("JAVA_CLASS");
        browser.assertNoJavaScriptErrors();
    }

    /** The review task of a change request, as the reviewer finds it through the REST API. */
    private static String reviewTaskId(String changeId) throws Exception {
        HttpResponse<String> tasks = rest(REVIEWER, HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                + "engine-rest/task?processInstanceBusinessKey=process-change-" + changeId)).GET());
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.body());
        assertThat(id.find()).as(tasks.body()).isTrue();
        return id.group(1);
    }

    private static HttpResponse<String> rest(String user, HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
