package com.cocreation5r.it.processmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditEntryView;
import com.cocreation5r.audit.AuditVerification;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestModels;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.processmodel.InstanceMigration;
import com.cocreation5r.processmodel.MigrationProposal;
import com.cocreation5r.processmodel.MigrationResult;
import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ModelRejected;
import com.cocreation5r.processmodel.ModelRule;
import com.cocreation5r.processmodel.ModelVersion;
import com.cocreation5r.processmodel.ProcessCatalog;
import com.cocreation5r.processmodel.ProcessChange;
import com.cocreation5r.processmodel.ProcessChangeRefused;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProcessChangeView;
import com.cocreation5r.processmodel.ProposedModel;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Process owners change models on a real WildFly, through the services as different users: the
 * four-eyes review that alone deploys, hostile models refused with nothing deployed, a roll-back
 * to an earlier version, and a migration of running instances that keeps their tasks.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessChangeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(ProcessChangeIT.class);
    }

    @Inject
    ProcessChangeService changes;

    @Inject
    ProcessCatalog catalog;

    @Inject
    InstanceMigration migration;

    @Inject
    InboxService inbox;

    @Inject
    AuditVerification audit;

    @Inject
    IdentityService identityService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    TestUser author;
    TestUser reviewer;
    TestUser auditor;

    @BeforeEach
    void createUsers() {
        author = TestUser.create(identityService, Groups.PROCESS_OWNER);
        reviewer = TestUser.create(identityService, Groups.PROCESS_OWNER);
        auditor = TestUser.create(identityService, Groups.AUDITOR);
    }

    @Test
    void aChangeIsDeployedOnlyOnceAnotherProcessOwnerApprovesIt() throws Exception {
        // Given an author who submits a new model
        String key = TestModels.uniqueKey();
        ProcessChangeView submitted = SignedIn.as(author, () -> changes.submit(
                new ProposedModel(key + ".bpmn", TestModels.process(key, "first"), "A first version")));

        // Then nothing is deployed yet, and the review task waits for process owners
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        Task review = reviewTask(submitted.id());
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ProcessChangeProcess.REVIEW_CHANGE);

        // When the author tries to approve their own change, they are refused, by the service and by the engine
        SignedIn.as(author, () -> inbox.claim(review.getId()));
        assertThatThrownBy(() -> SignedIn.as(author, () -> changes.review(review.getId(), true, "looks fine")))
                .isInstanceOfSatisfying(ProcessChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ProcessChangeRefused.Reason.AUTHOR_CANNOT_REVIEW));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        taskService.setAssignee(review.getId(), null);

        // and a program manager may not review at all
        TestUser programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> changes.review(review.getId(), true, null)))
                .isInstanceOf(EJBAccessException.class);

        // When another process owner sees the diff material and approves
        var material = SignedIn.as(reviewer, () -> {
            inbox.claim(review.getId());
            return changes.reviewOfTask(review.getId());
        });
        assertThat(material.deployedXml()).isNull();
        assertThat(material.proposedXml()).contains("id=\"first\"");
        assertThat(material.proposedByCaller()).isFalse();
        ProcessChangeView approved = SignedIn.as(reviewer, () -> changes.review(review.getId(), true, "Fine"));

        // Then the model is deployed, recorded with author and reviewer, and in the audit trail
        assertThat(approved.status()).isEqualTo(ProcessChange.Status.DEPLOYED);
        assertThat(approved.reviewer()).isEqualTo(reviewer.id());
        ModelVersion version = SignedIn.as(author, () -> catalog.versions()).stream()
                .filter(v -> v.key().equals(key)).findFirst().orElseThrow();
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.deployedBy()).isEqualTo(author.id());
        assertThat(version.approvedBy()).isEqualTo(reviewer.id());
        assertThat(version.definitionId()).isEqualTo(approved.deployedDefinitionId());
        List<AuditEntryView> entries = SignedIn.as(auditor, () -> audit.entries(0, 20));
        assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.PROCESS_MODELS_DEPLOYED)
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(reviewer.id());
                    assertThat(entry.details()).contains(key + ":1=").contains(author.id());
                });
    }

    @Test
    void aDecisionPassesTheEnginesParserAndIsDeployedOnceApproved() throws Exception {
        // Arrange: the feasibility rules under a key of their own, with one limit changed, and a broken copy
        String key = TestModels.uniqueKey();
        String shipped;
        try (var model = ProcessChangeProcess.class.getClassLoader().getResourceAsStream("models/idea-feasibility.dmn")) {
            shipped = new String(model.readAllBytes(), StandardCharsets.UTF_8).replace("\"ideaFeasibility\"", "\"" + key + "\"");
        }
        byte[] changed = shipped.replace("&gt; 18", "&gt; 12").getBytes(StandardCharsets.UTF_8);
        // a rule with one input entry fewer than the table has inputs
        byte[] broken = shipped.replace("<inputEntry id=\"tooLongToMarketSubMissionChosen\"><text></text></inputEntry>", "")
                .getBytes(StandardCharsets.UTF_8);

        // Act
        List<ModelProblem> valid = SignedIn.as(author, () -> changes.validate(key + ".dmn", changed));
        List<ModelProblem> invalid = SignedIn.as(author, () -> changes.validate(key + ".dmn", broken));
        ProcessChangeView submitted = SignedIn.as(author, () -> changes.submit(
                new ProposedModel(key + ".dmn", changed, "Ideas reach the market within a year")));
        Task review = reviewTask(submitted.id());
        ProcessChangeView approved = SignedIn.as(reviewer, () -> {
            inbox.claim(review.getId());
            return changes.review(review.getId(), true, null);
        });

        // Assert: the engine's parser accepts the decision and names what is broken in the other
        assertThat(valid).isEmpty();
        assertThat(invalid).extracting(ModelProblem::rule).containsOnly(ModelRule.ENGINE_PARSER);
        assertThat(approved.status()).isEqualTo(ProcessChange.Status.DEPLOYED);
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).singleResult()
                .getId()).isEqualTo(approved.deployedDefinitionId());
    }

    @Test
    void aChangeSentBackIsRevisedAndResubmitted() throws Exception {
        String key = TestModels.uniqueKey();
        ProcessChangeView submitted = SignedIn.as(author, () -> changes.submit(
                new ProposedModel(key + ".bpmn", TestModels.process(key, "first"), "First try")));
        Task review = reviewTask(submitted.id());
        SignedIn.as(reviewer, () -> {
            inbox.claim(review.getId());
            return changes.review(review.getId(), false, "Add a second step");
        });

        Task revise = taskService.createTaskQuery().processInstanceBusinessKey(
                ProcessChangeProcess.BUSINESS_KEY_PREFIX + submitted.id()).singleResult();
        assertThat(revise.getAssignee()).isEqualTo(author.id());
        SignedIn.as(author, () -> changes.revise(revise.getId(),
                new ProposedModel(key + ".bpmn", TestModels.process(key, "first", "second"), "Second step added")));
        Task secondReview = reviewTask(submitted.id());
        SignedIn.as(reviewer, () -> {
            inbox.claim(secondReview.getId());
            return changes.review(secondReview.getId(), true, null);
        });

        String xml = SignedIn.as(author, () -> catalog.modelXml(
                repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult().getId()));
        assertThat(xml).contains("id=\"second\"");
    }

    @Test
    void hostileAndBrokenModelsAreRefusedAndNothingIsDeployed() throws Exception {
        String key = TestModels.uniqueKey();
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), key + "-owned");
        String script = "<bpmn:extensionElements><camunda:taskListener event=\"create\">"
                + "<camunda:script scriptFormat=\"javascript\">java.nio.file.Files.createFile(java.nio.file.Path.of('"
                + marker + "'))</camunda:script></camunda:taskListener></bpmn:extensionElements>";
        byte[][] hostile = {
                TestModels.processWithExtras(key, script, "first"),
                new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                        .replace("camunda:candidateGroups=\"process-owner\"",
                                "camunda:candidateGroups=\"${processChangeService.latestChanges()}\"")
                        .getBytes(StandardCharsets.UTF_8),
                new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                        .getBytes(StandardCharsets.UTF_8),
                "<bpmn:definitions".getBytes(StandardCharsets.UTF_8),
        };
        ModelRule[] expected = {ModelRule.SCRIPT, ModelRule.EXPRESSION, ModelRule.DOCTYPE, ModelRule.MALFORMED_XML};
        for (int i = 0; i < hostile.length; i++) {
            byte[] model = hostile[i];
            ModelRule rule = expected[i];
            assertThatThrownBy(() -> SignedIn.as(author, () -> changes.submit(
                    new ProposedModel(key + ".bpmn", model, "hostile"))))
                    .isInstanceOfSatisfying(ModelRejected.class, e -> assertThat(e.problems())
                            .extracting(ModelProblem::rule).contains(rule));
        }
        // the engine's parser is asked too: a user task without a valid timer is refused by element
        byte[] badTimer = new String(TestModels.process(key, "first"), StandardCharsets.UTF_8)
                .replace("<bpmn:endEvent", "<bpmn:boundaryEvent id=\"late\" name=\"Late\" attachedToRef=\"first\">"
                        + "<bpmn:timerEventDefinition id=\"lateTimer\"/></bpmn:boundaryEvent><bpmn:endEvent")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SignedIn.as(author, () -> changes.validate(key + ".bpmn", badTimer)))
                .extracting(ModelProblem::rule).contains(ModelRule.ENGINE_PARSER);

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(SignedIn.as(author, () -> changes.latestChanges())).extracting(ProcessChangeView::modelKey)
                .doesNotContain(key);
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void anEarlierVersionIsRolledBackThroughAReview() throws Exception {
        String key = TestModels.uniqueKey();
        deploy(key, TestModels.process(key, "first"));
        deploy(key, TestModels.process(key, "first", "second"));
        String firstVersion = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(1).singleResult().getId();

        ProcessChangeView rollback = SignedIn.as(author, () -> changes.requestRollback(firstVersion,
                "The second step confused the team"));
        assertThat(rollback.kind()).isEqualTo(ProcessChange.Kind.ROLLBACK);
        Task review = reviewTask(rollback.id());
        var material = SignedIn.as(reviewer, () -> {
            inbox.claim(review.getId());
            return changes.reviewOfTask(review.getId());
        });
        assertThat(material.deployedXml()).contains("id=\"second\"");
        assertThat(material.proposedXml()).doesNotContain("id=\"second\"");
        SignedIn.as(reviewer, () -> changes.review(review.getId(), true, null));

        var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        assertThat(latest.getVersion()).isEqualTo(3);
        assertThat(SignedIn.as(author, () -> catalog.modelXml(latest.getId()))).doesNotContain("id=\"second\"")
                .contains("id=\"first\"");
        // rolling back to the version deployed now is refused
        assertThatThrownBy(() -> SignedIn.as(author, () -> changes.requestRollback(latest.getId(), "again")))
                .isInstanceOfSatisfying(ProcessChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ProcessChangeRefused.Reason.ALREADY_CURRENT));
    }

    @Test
    void runningInstancesMigrateToTheNewVersionKeepingTheirTasks() throws Exception {
        String key = TestModels.uniqueKey();
        deploy(key, TestModels.process(key, "first", "second"));
        String v1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult().getId();
        ProcessInstance one = runtimeService.startProcessInstanceById(v1);
        ProcessInstance two = runtimeService.startProcessInstanceById(v1);
        List<String> taskIds = taskService.createTaskQuery().processDefinitionId(v1).list().stream()
                .map(Task::getId).sorted().toList();
        assertThat(taskIds).hasSize(2);

        // a new version adds a step before "second"
        deploy(key, TestModels.process(key, "first", "check", "second"));
        String v2 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();

        MigrationProposal proposal = SignedIn.as(author, () -> migration.propose(v1, v2));
        assertThat(proposal.runningInstances()).isEqualTo(2);
        assertThat(proposal.mappings()).extracting(MigrationProposal.Mapping::sourceActivityId,
                MigrationProposal.Mapping::targetActivityId).contains(tuple("first", "first"), tuple("second", "second"));
        assertThat(proposal.planProblems()).isEmpty();
        assertThat(proposal.unmappedWaitStates()).isEmpty();
        assertThat(proposal.isExecutable()).isTrue();

        // a program manager may not migrate
        TestUser programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> migration.migrate(v1, v2)))
                .isInstanceOf(EJBAccessException.class);

        MigrationResult result = SignedIn.as(author, () -> migration.migrate(v1, v2));
        assertThat(result.migrated()).isTrue();
        assertThat(result.instances()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(one.getId(),
                two.getId())).list()).allSatisfy(instance ->
                assertThat(instance.getProcessDefinitionId()).isEqualTo(v2));
        assertThat(taskService.createTaskQuery().processDefinitionId(v2).list()).extracting(Task::getId)
                .containsExactlyInAnyOrderElementsOf(taskIds);

        // and they go on in the new version: after "first" comes the new "check"
        Task first = taskService.createTaskQuery().processInstanceId(one.getId()).singleResult();
        taskService.complete(first.getId());
        assertThat(taskService.createTaskQuery().processInstanceId(one.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("check");
    }

    private void deploy(String key, byte[] model) throws Exception {
        ProcessChangeView change = SignedIn.as(author, () -> changes.submit(
                new ProposedModel(key + ".bpmn", model, "Version for the test")));
        Task review = reviewTask(change.id());
        SignedIn.as(reviewer, () -> {
            inbox.claim(review.getId());
            return changes.review(review.getId(), true, null);
        });
    }

    private Task reviewTask(Long changeId) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(ProcessChangeProcess.BUSINESS_KEY_PREFIX + changeId)
                .taskDefinitionKey(ProcessChangeProcess.REVIEW_CHANGE)
                .singleResult();
    }
}
