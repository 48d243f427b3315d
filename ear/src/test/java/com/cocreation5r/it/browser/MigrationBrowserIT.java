package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;

/**
 * The migration page as a process owner uses it: from the first version of a model with a running
 * instance, the engine's proposed mapping to the latest version and its validation report, then
 * the migration; the instance runs on the new version and keeps its task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MigrationBrowserIT {

    private static final String AUTHOR = "owen";
    private static final String REVIEWER = "olga";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anOwnerMigratesARunningInstanceWhichKeepsItsTask() throws Exception {
        // Arrange: version 1 with an instance waiting at its task, then version 2 with a step added after it
        String key = "migrated" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        deployReviewed(key, "check");
        String instanceId = field(post(AUTHOR, "process-definition/key/" + key + "/start", "{}").body(), "id");
        String taskId = field(get(AUTHOR, "task?processInstanceId=" + instanceId).body(), "id");
        deployReviewed(key, "check", "confirm");
        String latestId = field(get(AUTHOR, "process-definition/key/" + key).body(), "id");

        // Act: the owner opens the migration of version 1 from the models page
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        WebElement first = browser.waitFor(driver -> driver.findElements(By.xpath(
                "//tbody[@id='models-form:versions_data']/tr[.//*[contains(@id,':model-key') and normalize-space(.)='"
                        + key + "'] and .//*[contains(@id,':model-version') and normalize-space(.)='1']]"))
                .stream().findFirst().orElse(null));
        first.findElement(By.cssSelector("a[id$=':migrate']")).click();

        // Assert: the proposed mapping and a clean validation report
        browser.waitForText(By.id("migration-form:migration-summary"), "1 instance(s) run on");
        assertThat(browser.text(By.id("migration-form:migration-summary"))).contains(latestId);
        assertThat(browser.text(By.id("migration-form:mappings"))).contains("check");
        assertThat(browser.text(By.id("migration-valid"))).contains("nothing stands in the way");
        assertThat(browser.driver().findElements(By.cssSelector("#migration-problems li"))).isEmpty();

        // Act
        browser.click(By.id("migration-form:migrate"));

        // Assert: migrated, on the latest version, with the same task still waiting
        browser.waitForText(By.id("migration-form:messages"), "1 instance(s) migrated");
        browser.assertNoJavaScriptErrors();
        assertThat(field(get(AUTHOR, "process-instance/" + instanceId).body(), "definitionId")).isEqualTo(latestId);
        String task = get(AUTHOR, "task/" + taskId).body();
        assertThat(field(task, "processDefinitionId")).isEqualTo(latestId);
        assertThat(field(task, "taskDefinitionKey")).isEqualTo("check");
    }

    /** A model sent as the desktop Camunda Modeler sends it, then approved by the other process owner. */
    private static void deployReviewed(String key, String... tasks) throws Exception {
        String boundary = "----migration" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key
                + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(model(key, tasks).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> submitted = send(AUTHOR, HttpRequest.newBuilder(url("deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        Matcher change = Pattern.compile("\"id\":(\\d+)").matcher(submitted.body());
        assertThat(change.find()).isTrue();
        String reviewTask = field(get(REVIEWER, "task?processInstanceBusinessKey=process-change-" + change.group(1))
                .body(), "id");
        HttpResponse<String> approved = post(REVIEWER, "task/" + reviewTask + "/complete",
                "{\"variables\":{\"changeApproved\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    }

    /** Start, one user task per id for process owners, end; with its diagram. */
    private static String model(String key, String... tasks) {
        StringBuilder flow = new StringBuilder();
        StringBuilder shapes = new StringBuilder("<bpmndi:BPMNShape id=\"startShape\" bpmnElement=\"start\">"
                + "<dc:Bounds x=\"100\" y=\"100\" width=\"36\" height=\"36\"/></bpmndi:BPMNShape>");
        String previous = "start";
        int x = 180;
        for (String task : tasks) {
            flow.append("<bpmn:userTask id=\"").append(task).append("\" name=\"").append(task)
                    .append("\" camunda:candidateGroups=\"process-owner\"/>")
                    .append(flowXml(previous, task));
            shapes.append("<bpmndi:BPMNShape id=\"").append(task).append("Shape\" bpmnElement=\"").append(task)
                    .append("\"><dc:Bounds x=\"").append(x).append("\" y=\"78\" width=\"100\" height=\"80\"/>")
                    .append("</bpmndi:BPMNShape>");
            previous = task;
            x += 150;
        }
        flow.append("<bpmn:endEvent id=\"end\"/>").append(flowXml(previous, "end"));
        shapes.append("<bpmndi:BPMNShape id=\"endShape\" bpmnElement=\"end\"><dc:Bounds x=\"").append(x)
                .append("\" y=\"100\" width=\"36\" height=\"36\"/></bpmndi:BPMNShape>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"" + key + "Definitions\" "
                + "targetNamespace=\"https://cocreation5r.com/bpmn/test\">"
                + "<bpmn:process id=\"" + key + "\" name=\"Migrated " + key + "\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"P30D\"><bpmn:startEvent id=\"start\"/>" + flow + "</bpmn:process>"
                + "<bpmndi:BPMNDiagram id=\"" + key + "Diagram\"><bpmndi:BPMNPlane id=\"" + key + "Plane\" bpmnElement=\""
                + key + "\">" + shapes + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>";
    }

    private static String flowXml(String from, String to) {
        return "<bpmn:sequenceFlow id=\"" + from + "To" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>";
    }

    /** The first value of a string field in a REST API answer. */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(url(path)).GET());
    }

    private static HttpResponse<String> post(String user, String path, String json) throws Exception {
        return send(user, HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static URI url(String path) {
        return URI.create(Deployments.baseUrl() + "engine-rest/" + path);
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
