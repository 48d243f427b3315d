package com.cocreation5r.it.processmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.identity.Groups;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestModels;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.processmodel.ModelInspection;
import com.cocreation5r.processmodel.ProcessChange;
import com.cocreation5r.processmodel.ProcessChangeService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Camunda REST API under {@code /engine-rest}, called over HTTP as the desktop Camunda Modeler
 * and other tools call it: HTTP Basic sign-in, the engine's authorizations, deployments that
 * become change requests after the model checks, and the four-eyes rule on the review task.
 */
@ExtendWith(ArquillianExtension.class)
class EngineRestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(EngineRestIT.class);
    }

    @Inject
    IdentityService identityService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    TaskService taskService;

    @Inject
    ProcessChangeService changes;

    private final HttpClient http = HttpClient.newHttpClient();

    TestUser author;
    TestUser reviewer;
    TestUser programManager;

    @BeforeEach
    void createUsers() {
        author = TestUser.create(identityService, Groups.PROCESS_OWNER);
        reviewer = TestUser.create(identityService, Groups.PROCESS_OWNER);
        programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
    }

    @Test
    void everyCallSignsInAndIsAuthorizedByTheEngine() throws Exception {
        assertThat(send(HttpRequest.newBuilder(url("engine")).GET()).statusCode()).isEqualTo(401);
        HttpRequest.Builder wrongPassword = HttpRequest.newBuilder(url("engine")).GET()
                .header("Authorization", basic(author.id(), "not-the-password"));
        assertThat(send(wrongPassword).statusCode()).isEqualTo(401);

        HttpResponse<String> definitions = get(author, "process-definition?key=" + ProcessChangeProcess.PROCESS_KEY);
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(json(definitions).asJsonArray()).isNotEmpty();
        // the API is not for the program's other roles: they work in the application, whose forms are checked
        HttpResponse<String> programManagersRead = get(programManager,
                "process-definition?key=" + ProcessChangeProcess.PROCESS_KEY);
        assertThat(programManagersRead.statusCode()).isEqualTo(403);
        assertThat(json(programManagersRead).asJsonObject().getString("type")).isEqualTo("ApiNotForRole");
        // an auditor reads what the engine lets auditors read: definitions, but no deployment
        TestUser auditor = TestUser.create(identityService, Groups.AUDITOR);
        assertThat(json(get(auditor, "process-definition?key=" + ProcessChangeProcess.PROCESS_KEY)).asJsonArray())
                .isNotEmpty();
        assertThat(json(get(auditor, "deployment")).asJsonArray()).isEmpty();
    }

    @Test
    void onlyChangeRequestReviewsAreWorkedThroughTheApi() throws Exception {
        // Arrange: a task of the owners' group that is no change-request review
        Task other = taskService.newTask();
        other.setName("Not a review " + UUID.randomUUID());
        taskService.saveTask(other);
        taskService.addCandidateGroup(other.getId(), Groups.PROCESS_OWNER);
        try {
            // Act
            HttpResponse<String> completion = post(reviewer, "task/" + other.getId() + "/complete", "{}");
            HttpResponse<String> creation = post(reviewer, "task/create", "{\"name\":\"made through the API\"}");

            // Assert: both refused with the reason, and the task is still open
            assertThat(completion.statusCode()).as(completion.body()).isEqualTo(403);
            assertThat(json(completion).asJsonObject().getString("type")).isEqualTo("TaskActionRefused");
            assertThat(creation.statusCode()).as(creation.body()).isEqualTo(403);
            assertThat(taskService.createTaskQuery().taskId(other.getId()).count()).isOne();
        } finally {
            taskService.deleteTask(other.getId(), true);
        }
    }

    @Test
    void aDeploymentFromTheCamundaModelerBecomesAChangeRequestThatAnotherOwnerApproves() throws Exception {
        // When the author deploys as the Camunda Modeler does
        String key = TestModels.uniqueKey();
        HttpResponse<String> created = deployAsModeler(author, key + ".bpmn", TestModels.process(key, "first"));

        // Then a change request waits for review and nothing is deployed
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        JsonObject answer = json(created).asJsonObject();
        assertThat(answer.getString("type")).isEqualTo("ChangeRequestSubmitted");
        long changeId = answer.getJsonArray("changeRequests").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(deployedVersions(key)).isZero();

        // When the author tries to approve it through the REST API, it is forbidden and nothing is deployed
        // (candidates may complete a task without claiming it: the deployment delegate is what refuses)
        String taskId = reviewTaskId(author, changeId);
        HttpResponse<String> ownApproval = post(author, "task/" + taskId + "/complete", approval());
        assertThat(ownApproval.statusCode()).as(ownApproval.body()).isEqualTo(403);
        JsonObject refusal = json(ownApproval).asJsonObject();
        assertThat(refusal.getString("reason")).isEqualTo("AUTHOR_CANNOT_REVIEW");
        assertThat(refusal.getString("message")).contains("another process owner must review it");
        assertThat(deployedVersions(key)).isZero();
        assertThat(reviewTaskId(author, changeId)).isEqualTo(taskId);

        // When another process owner approves it
        assertThat(post(reviewer, "task/" + taskId + "/claim", "{\"userId\":\"" + reviewer.id() + "\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> approved = post(reviewer, "task/" + taskId + "/complete", approval());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

        // Then it is deployed, and visible through the REST API
        assertThat(deployedVersions(key)).isEqualTo(1);
        assertThat(json(get(author, "process-definition?key=" + key)).asJsonArray()).hasSize(1);

        // and redeploying any deployment directly is refused
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getDeploymentId();
        assertThat(post(reviewer, "deployment/" + deploymentId + "/redeploy", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuthorsOwnApprovalClaimedFirstIsForbiddenInTheCallersLanguage() throws Exception {
        // Arrange: the author's change request, its review task claimed by the author
        String key = TestModels.uniqueKey();
        long changeId = changeRequestId(deployAsModeler(author, key + ".bpmn", TestModels.process(key, "first")));
        String taskId = reviewTaskId(author, changeId);
        assertThat(post(author, "task/" + taskId + "/claim", "{\"userId\":\"" + author.id() + "\"}").statusCode())
                .isEqualTo(204);

        // Act: the author completes it, asking for Korean
        HttpResponse<String> ownApproval = send(HttpRequest.newBuilder(url("task/" + taskId + "/complete"))
                .header("Authorization", basic(author.id(), author.password()))
                .header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(approval())));

        // Assert: forbidden, said in Korean, and nothing deployed
        assertThat(ownApproval.statusCode()).as(ownApproval.body()).isEqualTo(403);
        assertThat(json(ownApproval).asJsonObject().getString("message")).contains("다른 프로세스 오너가 검토해야");
        assertThat(deployedVersions(key)).isZero();
    }

    @Test
    void aChangeSentBackAndWithdrawnThroughTheRestApiIsRecordedWithTheChangeRequest() throws Exception {
        // Arrange: a change request waiting for review
        String key = TestModels.uniqueKey();
        long changeId = changeRequestId(deployAsModeler(author, key + ".bpmn", TestModels.process(key, "first")));
        String reviewTaskId = reviewTaskId(author, changeId);

        // Act and Assert: the author may not send their own change back either
        HttpResponse<String> ownVerdict = post(author, "task/" + reviewTaskId + "/complete", verdict(false));
        assertThat(ownVerdict.statusCode()).as(ownVerdict.body()).isEqualTo(403);
        assertThat(status(changeId)).isEqualTo(ProcessChange.Status.IN_REVIEW);

        // Act: another owner sends it back through the REST API
        assertThat(post(reviewer, "task/" + reviewTaskId + "/complete", verdict(false)).statusCode()).isEqualTo(204);

        // Assert: recorded as sent back, by that owner, and the author has the revision
        assertThat(status(changeId)).isEqualTo(ProcessChange.Status.SENT_BACK);
        String reviseTaskId = reviewTaskId(author, changeId);
        assertThat(reviseTaskId).isNotEqualTo(reviewTaskId);

        // Act: the author withdraws it through the REST API
        HttpResponse<String> withdrawn = post(author, "task/" + reviseTaskId + "/complete",
                "{\"variables\":{\"" + ProcessChangeProcess.CHANGE_RESUBMITTED + "\":{\"value\":false,\"type\":\"Boolean\"}}}");

        // Assert: withdrawn, closed, nothing deployed
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        assertThat(status(changeId)).isEqualTo(ProcessChange.Status.WITHDRAWN);
        assertThat(deployedVersions(key)).isZero();
    }

    private ProcessChange.Status status(long changeId) throws Exception {
        return SignedIn.as(reviewer, () -> changes.latestChanges()).stream()
                .filter(change -> change.id() == changeId)
                .findFirst().orElseThrow().status();
    }

    private static String verdict(boolean approved) {
        return "{\"variables\":{\"" + ProcessChangeProcess.CHANGE_APPROVED + "\":{\"value\":" + approved
                + ",\"type\":\"Boolean\"}}}";
    }

    @Test
    void auditorsPartnersAndOtherRolesAreForbiddenEveryWriteWithout500() throws Exception {
        // Arrange: a change request waiting for review, and a deployed version of its model
        String key = TestModels.uniqueKey();
        long changeId = changeRequestId(deployAsModeler(author, key + ".bpmn", TestModels.process(key, "first")));
        String taskId = reviewTaskId(author, changeId);
        assertThat(post(reviewer, "task/" + taskId + "/complete", approval()).statusCode()).isEqualTo(204);
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getDeploymentId();
        long second = changeRequestId(deployAsModeler(author, key + ".bpmn", TestModels.process(key, "second")));
        String secondTaskId = reviewTaskId(author, second);
        TestUser auditor = TestUser.create(identityService, Groups.AUDITOR);
        TestUser partner = TestUser.create(identityService, Groups.PARTNER);

        for (TestUser outsider : new TestUser[] {auditor, partner, programManager}) {
            // Act and Assert: every write is a clean 403 (or 404 for what they may not even see)
            assertForbidden(deployAsModeler(outsider, key + ".bpmn", TestModels.process(key, "third")), outsider);
            assertForbidden(post(outsider, "task/" + secondTaskId + "/claim",
                    "{\"userId\":\"" + outsider.id() + "\"}"), outsider);
            assertForbidden(post(outsider, "task/" + secondTaskId + "/complete", approval()), outsider);
            assertForbidden(post(outsider, "process-definition/key/" + key + "/start", "{}"), outsider);
            assertForbidden(post(outsider, "process-definition/key/" + ProcessChangeProcess.PROCESS_KEY + "/start",
                    "{}"), outsider);
            assertForbidden(send(HttpRequest.newBuilder(url("deployment/" + deploymentId))
                    .header("Authorization", basic(outsider.id(), outsider.password())).DELETE()), outsider);
            assertForbidden(post(outsider, "deployment/" + deploymentId + "/redeploy", "{}"), outsider);
        }
        // and a process owner may not delete a deployment either: only change requests change versions
        assertForbidden(send(HttpRequest.newBuilder(url("deployment/" + deploymentId))
                .header("Authorization", basic(reviewer.id(), reviewer.password())).DELETE()), reviewer);

        // nothing changed: one version, the second change still waiting for its review
        assertThat(deployedVersions(key)).isEqualTo(1);
        assertThat(reviewTaskId(author, second)).isEqualTo(secondTaskId);
    }

    private static void assertForbidden(HttpResponse<String> response, TestUser user) {
        assertThat(response.statusCode()).as(user.group() + " " + response.request().method() + " "
                + response.request().uri() + ": " + response.body()).isIn(403, 404);
        assertThat(json(response).asJsonObject().getString("message")).isNotBlank();
    }

    private static long changeRequestId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return json(created).asJsonObject().getJsonArray("changeRequests").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void hostileAndBrokenModelsAreRefusedByRuleAndElementAndNothingIsDeployed() throws Exception {
        String key = TestModels.uniqueKey();
        String script = "<bpmn:extensionElements><camunda:executionListener event=\"start\">"
                + "<camunda:script scriptFormat=\"groovy\">'touch /tmp/owned'.execute()</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements>";
        HttpResponse<String> scripted = deployAsModeler(author, key + ".bpmn",
                TestModels.processWithExtras(key, script, "first"));
        assertThat(scripted.statusCode()).isEqualTo(400);
        JsonObject refusal = json(scripted).asJsonObject();
        assertThat(refusal.getString("type")).isEqualTo("ModelRejected");
        assertThat(refusal.getJsonArray("problems").getJsonObject(0).getString("rule")).isEqualTo("SCRIPT");
        assertThat(refusal.getJsonArray("problems").getJsonObject(0).getString("elementId")).isEqualTo("first");

        String javaClass = new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                .replace("<bpmn:endEvent id=\"ended\"", "<bpmn:serviceTask id=\"run\" name=\"Run\" "
                        + "camunda:class=\"java.lang.ProcessBuilder\"/><bpmn:endEvent id=\"ended\"");
        assertProblem(deployAsModeler(author, key + ".bpmn", javaClass.getBytes(StandardCharsets.UTF_8)),
                "JAVA_CLASS");
        String xxe = new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        assertProblem(deployAsModeler(author, key + ".bpmn", xxe.getBytes(StandardCharsets.UTF_8)), "DOCTYPE");
        String notExecutable = new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                .replace("isExecutable=\"true\"", "isExecutable=\"false\"");
        assertProblem(deployAsModeler(author, key + ".bpmn", notExecutable.getBytes(StandardCharsets.UTF_8)),
                "NO_EXECUTABLE_MODEL");
        byte[] oversized = new byte[ModelInspection.MAX_BYTES + 10];
        java.util.Arrays.fill(oversized, (byte) ' ');
        assertProblem(deployAsModeler(author, key + ".bpmn", oversized), "TOO_LARGE");
        assertProblem(deployAsModeler(author, key + ".bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8)),
                "MALFORMED_XML");

        assertThat(deployedVersions(key)).isZero();
        assertThat(new java.io.File("/tmp/owned")).doesNotExist();
        // and only process owners submit changes at all
        assertThat(deployAsModeler(programManager, key + ".bpmn", TestModels.process(key, "first")).statusCode())
                .isEqualTo(403);
    }

    private void assertProblem(HttpResponse<String> response, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).asJsonObject().getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(problem -> problem.getString("rule")).contains(rule);
    }

    private long deployedVersions(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }

    private String reviewTaskId(TestUser user, long changeId) throws Exception {
        JsonArray tasks = json(get(user, "task?processInstanceBusinessKey="
                + ProcessChangeProcess.BUSINESS_KEY_PREFIX + changeId)).asJsonArray();
        assertThat(tasks).hasSize(1);
        return tasks.getJsonObject(0).getString("id");
    }

    private static String approval() {
        return "{\"variables\":{\"" + ProcessChangeProcess.CHANGE_APPROVED + "\":{\"value\":true,\"type\":\"Boolean\"}}}";
    }

    /** A multipart deployment with the fields the desktop Camunda Modeler sends. */
    private HttpResponse<String> deployAsModeler(TestUser user, String fileName, byte[] model) throws Exception {
        String boundary = "----modeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "deployment-name", fileName.replace(".bpmn", ""));
        field(body, boundary, "deployment-source", "Camunda Modeler");
        field(body, boundary, "deploy-changed-only", "true");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(model);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(url("deployment/create"))
                .header("Authorization", basic(user.id(), user.password()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(TestUser user, String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).GET().header("Authorization", basic(user.id(), user.password())));
    }

    private HttpResponse<String> post(TestUser user, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user.id(), user.password()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The test runs inside the server: it calls the server's own HTTP port. */
    private static URI url(String path) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://127.0.0.1:" + port + "/cocreation/engine-rest/" + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
