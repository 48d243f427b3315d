package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Importing a model file on the process models page, as a process owner does with a diagram made
 * in the desktop Camunda Modeler: the file is kept byte for byte (its diagram layout and the
 * other tool's attributes included) once another owner approves it; a hostile file is refused
 * on the page, naming the rule and the element, and nothing is submitted nor deployed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModelImportBrowserIT {

    private static final String AUTHOR = "owen";
    private static final String REVIEWER = "olga";

    @RegisterExtension
    final Browser browser = new Browser();
    private Path file;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void removeUploadedFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aDiagramFromTheCamundaModelerIsKeptAsItIsOnceApproved() throws Exception {
        // Arrange: a diagram as the desktop Camunda Modeler saves it
        String key = uniqueKey();
        byte[] model = camundaModelerDiagram(key, "").getBytes(StandardCharsets.UTF_8);
        file = Files.createTempFile(key, ".bpmn");
        Files.write(file, model);

        // Act: the author imports it, another owner approves it
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        upload("Made in the Camunda Modeler");
        browser.waitForText(By.id("models-form:messages"), "is waiting for another process owner's review");
        Matcher submitted = Pattern.compile("Change request (\\d+) ").matcher(browser.text(By.id("models-form:messages")));
        assertThat(submitted.find()).isTrue();
        browser.assertNoJavaScriptErrors();
        assertThat(rest(AUTHOR, "process-definition?key=" + key).body()).isEqualTo("[]");
        String reviewTask = taskId(submitted.group(1));
        assertThat(post(REVIEWER, "task/" + reviewTask + "/claim", "{\"userId\":\"" + REVIEWER + "\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> approved = post(REVIEWER, "task/" + reviewTask + "/complete",
                "{\"variables\":{\"changeApproved\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

        // Assert: the deployed model is the file as it was uploaded, layout and the other tool's attributes included
        String definitions = rest(AUTHOR, "process-definition?key=" + key).body();
        String deploymentId = field(definitions, "deploymentId");
        String resourceId = field(rest(AUTHOR, "deployment/" + deploymentId + "/resources").body(), "id");
        HttpResponse<String> deployed = rest(AUTHOR, "deployment/" + deploymentId + "/resources/" + resourceId + "/data");
        assertThat(deployed.statusCode()).isEqualTo(200);
        assertThat(deployed.body()).isEqualTo(new String(model, StandardCharsets.UTF_8))
                .contains("exporter=\"Camunda Modeler\"")
                .contains("<dc:Bounds x=\"412\" y=\"197\" width=\"100\" height=\"80\" />");
    }

    @Test
    void aHostileFileIsRefusedOnThePageNamingRuleAndElementAndNothingIsSubmitted() throws Exception {
        // Arrange: a diagram whose task runs a script when it starts
        String key = uniqueKey();
        file = Files.createTempFile(key, ".bpmn");
        Files.writeString(file, camundaModelerDiagram(key, "<bpmn:extensionElements><camunda:executionListener "
                + "event=\"start\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements>"));

        // Act
        browser.signIn(AUTHOR);
        browser.click(By.id("header-form:nav-models"));
        upload("Looks harmless");

        // Assert: refused with the rule and the element named; nothing submitted nor deployed
        browser.waitForText(By.id("models-form:messages"), "The model was refused");
        String problems = browser.text(By.id("problem-list"));
        assertThat(problems).contains("SCRIPT").contains("checkOrder");
        assertThat(browser.text(By.id("models-form:changes"))).doesNotContain(key);
        assertThat(rest(AUTHOR, "process-definition?key=" + key).body()).isEqualTo("[]");
        browser.assertNoJavaScriptErrors();
    }

    private void upload(String summary) {
        browser.waitFor(driver -> driver.findElement(By.id("models-form:upload_input")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.type(By.id("models-form:import-summary"), summary);
        browser.click(By.id("models-form:import-model"));
    }

    /** A diagram with the namespaces, attributes and layout the desktop Camunda Modeler writes. */
    private static String camundaModelerDiagram(String key, String taskExtras) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
                xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1k2m3n4" \
                targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" \
                modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
                  <bpmn:process id="%1$s" name="Imported order check" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="StartEvent_1" name="Order received">
                      <bpmn:outgoing>Flow_0a1b2c3</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:userTask id="checkOrder" name="Check the order" camunda:candidateGroups="process-owner">%2$s
                      <bpmn:incoming>Flow_0a1b2c3</bpmn:incoming>
                      <bpmn:outgoing>Flow_1d2e3f4</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="Event_0g5h6i7" name="Order checked">
                      <bpmn:incoming>Flow_1d2e3f4</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_0a1b2c3" sourceRef="StartEvent_1" targetRef="checkOrder" />
                    <bpmn:sequenceFlow id="Flow_1d2e3f4" sourceRef="checkOrder" targetRef="Event_0g5h6i7" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="_BPMNShape_StartEvent_2" bpmnElement="StartEvent_1">
                        <dc:Bounds x="262" y="219" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="243" y="262" width="75" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Activity_1x2y3z4_di" bpmnElement="checkOrder">
                        <dc:Bounds x="412" y="197" width="100" height="80" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Event_0g5h6i7_di" bpmnElement="Event_0g5h6i7">
                        <dc:Bounds x="632" y="219" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="615" y="262" width="71" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_0a1b2c3_di" bpmnElement="Flow_0a1b2c3">
                        <di:waypoint x="298" y="237" />
                        <di:waypoint x="412" y="237" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_1d2e3f4_di" bpmnElement="Flow_1d2e3f4">
                        <di:waypoint x="512" y="237" />
                        <di:waypoint x="632" y="237" />
                      </bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key, taskExtras);
    }

    /** The first value of a string field in a REST API answer. */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private static String uniqueKey() {
        return "imported" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String taskId(String changeId) throws Exception {
        return field(rest(REVIEWER, "task?processInstanceBusinessKey=process-change-" + changeId).body(), "id");
    }

    private static HttpResponse<String> rest(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "engine-rest/" + path)).GET());
    }

    private static HttpResponse<String> post(String user, String path, String json) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "engine-rest/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
