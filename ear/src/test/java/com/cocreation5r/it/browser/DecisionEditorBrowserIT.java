package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * The feasibility rules changed in the browser's DMN editor, as the demo process owners: {@code owen}
 * lowers the time-to-market limit of {@code ideaFeasibility}, {@code olga} reviews the changed
 * rule in the decision table and approves it, and a partner's feasibility check warns by the new
 * rule. {@code owen} then rolls the decision back the same way, so the other tests meet the rules
 * as they ship.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionEditorBrowserIT {

    private static final String AUTHOR = "owen";
    private static final String REVIEWER = "olga";
    private static final String DECISION = "ideaFeasibility";
    private static final String TOO_LONG = "TOO_LONG_TO_MARKET";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anOwnerChangesARuleAnotherApprovesItAndTheNewRuleWarnsPartners() throws Exception {
        // Arrange: an idea 15 months from the market breaks no rule today
        assertThat(feasibilityWarnings(15)).doesNotContain(TOO_LONG);

        // Act: the author opens the latest version of the decision in the DMN editor and lowers the limit
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        modelRow(DECISION, true).findElement(By.cssSelector("a[id$=':edit']")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#modeler-canvas .tjs-table")));
        Object edited = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const table = CoCreationDiagrams.current.modeler.getActiveViewer();
                const registry = table.get('elementRegistry');
                const modeling = table.get('modeling');
                modeling.editCell(registry.get('tooLongToMarketMonthsToMarket'), '> 12');
                modeling.editCell(registry.get('tooLongToMarketExplanation'),
                    '"The idea needs more than 12 months to reach the market."');
                setTimeout(() => done(document.getElementById('modeler-form:model-xml').value), 1000);
                """);
        assertThat((String) edited).contains("&gt; 12");
        browser.click(By.id("modeler-form:validate"));
        browser.waitForText(By.id("modeler-form:messages"), "The model is valid");
        browser.type(By.id("modeler-form:summary"), "Ideas must reach the market within a year");
        browser.click(By.id("modeler-form:submit"));
        browser.waitForText(By.id("modeler-form:messages"), "waiting for another process owner's review");
        Matcher submitted = Pattern.compile("Change request (\\d+) ").matcher(browser.text(By.id("modeler-form:messages")));
        assertThat(submitted.find()).isTrue();
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // Act: the other process owner reviews the changed rule in the decision table and approves it
        browser.signIn(REVIEWER);
        String reviewId = reviewTaskId(submitted.group(1));
        browser.open("task.xhtml?id=" + reviewId);
        browser.click(By.id("task-form:claim"));
        browser.waitForText(By.id("diff-list"), TOO_LONG);
        assertThat(browser.text(By.id("diff-list"))).contains("changed: \"" + TOO_LONG + "\"")
                .doesNotContain("added").doesNotContain("removed");
        WebElement changedRule = browser.driver().findElement(
                By.cssSelector("#diff-proposed tr.diff-changed[data-rule='tooLongToMarket']"));
        assertThat(changedRule.getText()).contains("> 12");
        assertThat(browser.driver().findElement(
                By.cssSelector("#diff-deployed tr.diff-changed[data-rule='tooLongToMarket']")).getText()).contains("> 18");
        assertThat(browser.driver().findElements(By.cssSelector("#diff-proposed tr.diff-changed"))).hasSize(1);
        browser.click(By.id("task-form:approve"));
        browser.waitForText(By.id("inbox-form:messages"), "the new version is deployed");
        browser.assertNoJavaScriptErrors();

        // Assert: the partner's feasibility check now warns at 15 months
        assertThat(feasibilityWarnings(15)).contains(TOO_LONG).contains("more than 12 months");
        browser.signOut();

        // Act: the author rolls back to the version before, and the reviewer approves the roll-back
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        modelRow(DECISION, false).findElement(By.cssSelector("a[id$=':rollback']")).click();
        browser.type(By.id("rollback-form:rollback-summary"), "Back to 18 months after the trial");
        browser.click(By.id("rollback-form:request-rollback"));
        browser.waitForText(By.id("models-form:messages"), "Roll-back request");
        Matcher rollback = Pattern.compile("Roll-back request (\\d+) ").matcher(browser.text(By.id("models-form:messages")));
        assertThat(rollback.find()).isTrue();
        approveThroughRest(reviewTaskId(rollback.group(1)));

        // Assert: the rules are as before, in a new version
        assertThat(feasibilityWarnings(15)).doesNotContain(TOO_LONG);
        assertThat(feasibilityWarnings(19)).contains(TOO_LONG).contains("more than 18 months");
    }

    /** The latest version's row of a model on the models page, or the row of the version before it. */
    private WebElement modelRow(String key, boolean latest) {
        String rows = "//tbody[@id='models-form:versions_data']/tr[.//*[contains(@id,':model-key') and normalize-space(.)='"
                + key + "']]";
        return browser.waitFor(driver -> {
            var found = driver.findElements(By.xpath(rows));
            if (found.size() < 2 && !latest) {
                return null;
            }
            // versions of one model are listed newest first
            return found.isEmpty() ? null : found.get(latest ? 0 : 1);
        });
    }

    /**
     * The warnings the feasibility rules give a partner's idea, with the facts the partner's check
     * passes, tried by a process owner through the REST API (partners have no access to it).
     */
    private static String feasibilityWarnings(int monthsToMarket) throws Exception {
        String variables = """
                {"variables": {
                  "estimatedCost": {"value": 1000, "type": "Long"},
                  "monthsToMarket": {"value": %d, "type": "Integer"},
                  "needsNewProductionLine": {"value": false, "type": "Boolean"},
                  "makesRegulatoryClaims": {"value": false, "type": "Boolean"},
                  "ingredients": {"value": "green tea, water", "type": "String"},
                  "missionHasSubMissions": {"value": false, "type": "Boolean"},
                  "subMissionChosen": {"value": false, "type": "Boolean"}}}
                """.formatted(monthsToMarket);
        HttpResponse<String> result = rest(REVIEWER, HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                        + "engine-rest/decision-definition/key/" + DECISION + "/evaluate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(variables)));
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        return result.body();
    }

    private static void approveThroughRest(String taskId) throws Exception {
        HttpResponse<String> approved = rest(REVIEWER, HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                        + "engine-rest/task/" + taskId + "/complete"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"variables\":{\"changeApproved\":{\"value\":true,\"type\":\"Boolean\"}}}")));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
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
