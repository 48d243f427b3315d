package com.cocreation5r.it.processmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.engine.ProcessModelDeployment;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestModels;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.processmodel.ProcessCatalog;
import com.cocreation5r.processmodel.ProcessChange;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProcessChangeView;
import com.cocreation5r.processmodel.ProposedModel;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new release of the application ships changed models while process owners have deployed
 * versions of their own: a model the owners changed is not deployed over their version but
 * proposed to them as a change request of the release, once; a model nobody changed is deployed
 * as before. Each test ships its releases under a deployment name of its own, as the start-up
 * ships {@code bpmn/}.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseModelsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(ReleaseModelsIT.class);
    }

    @Inject
    ProcessModelDeployment shippedModels;

    @Inject
    ProcessEngine processEngine;

    @Inject
    ProcessChangeService changes;

    @Inject
    ProcessCatalog catalog;

    @Inject
    InboxService inbox;

    @Inject
    IdentityService identityService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    TaskService taskService;

    TestUser author;
    TestUser reviewer;
    String release;
    String ownersKey;
    String ownersFile;
    String untouchedKey;
    String untouchedFile;

    @BeforeEach
    void shipTheFirstReleaseAndLetTheOwnersChangeOneModel() throws Exception {
        author = TestUser.create(identityService, Groups.PROCESS_OWNER);
        reviewer = TestUser.create(identityService, Groups.PROCESS_OWNER);
        release = "release-" + TestModels.uniqueKey();
        ownersKey = TestModels.uniqueKey();
        ownersFile = "models/" + ownersKey + ".bpmn";
        untouchedKey = TestModels.uniqueKey();
        untouchedFile = "models/" + untouchedKey + ".bpmn";
        ship(TestModels.process(ownersKey, "first"), TestModels.process(untouchedKey, "first"));

        ProcessChangeView ownersChange = SignedIn.as(author, () -> changes.submit(new ProposedModel(ownersFile,
                TestModels.process(ownersKey, "first", "ownersStep"), "The owners add a step")));
        approve(ownersChange.id(), reviewer);
        assertThat(latest(ownersKey).getVersion()).isEqualTo(2);
    }

    @Test
    void aChangedModelTheOwnersChangedTooBecomesAChangeRequestAndOneNobodyChangedIsDeployed() throws Exception {
        // Act: the next release changes both models, and the server starts with it twice
        ship(TestModels.process(ownersKey, "first", "releaseStep"), TestModels.process(untouchedKey, "first",
                "releaseStep"));
        ship(TestModels.process(ownersKey, "first", "releaseStep"), TestModels.process(untouchedKey, "first",
                "releaseStep"));

        // Assert: the model nobody changed is deployed as before, once
        assertThat(latest(untouchedKey).getVersion()).isEqualTo(2);
        assertThat(model(latest(untouchedKey))).contains("id=\"releaseStep\"");
        // the owners' version stays the latest, and one change request of the release waits for their review
        ProcessDefinition owners = latest(ownersKey);
        assertThat(owners.getVersion()).isEqualTo(2);
        assertThat(model(owners)).contains("id=\"ownersStep\"").doesNotContain("releaseStep");
        List<ProcessChangeView> proposals = releaseProposals();
        assertThat(proposals).hasSize(1);
        ProcessChangeView proposal = proposals.get(0);
        assertThat(proposal.status()).isEqualTo(ProcessChange.Status.IN_REVIEW);
        assertThat(proposal.author()).isEqualTo(ProcessChangeProcess.RELEASE_AUTHOR);
        assertThat(proposal.baseDefinitionId()).isEqualTo(owners.getId());
        var material = SignedIn.as(author, () -> {
            Task review = reviewTask(proposal.id());
            inbox.claim(review.getId());
            return changes.reviewOfTask(review.getId());
        });
        assertThat(material.deployedXml()).contains("ownersStep");
        assertThat(material.proposedXml()).contains("releaseStep");

        // Act: a process owner approves the release's model
        ProcessChangeView approved = SignedIn.as(author, () -> changes.review(reviewTask(proposal.id()).getId(),
                true, "The release's step replaces ours"));

        // Assert: only now is it deployed, as the owners' next version, and a restart proposes nothing more
        assertThat(approved.status()).isEqualTo(ProcessChange.Status.DEPLOYED);
        assertThat(latest(ownersKey).getVersion()).isEqualTo(3);
        assertThat(model(latest(ownersKey))).contains("releaseStep");
        ship(TestModels.process(ownersKey, "first", "releaseStep"), TestModels.process(untouchedKey, "first",
                "releaseStep"));
        assertThat(latest(ownersKey).getVersion()).isEqualTo(3);
        assertThat(releaseProposals()).hasSize(1);
    }

    @Test
    void aReleasesModelDeclinedLeavesTheOwnersVersionDeployed() throws Exception {
        // Arrange: the next release changes the model the owners changed
        ship(TestModels.process(ownersKey, "first", "releaseStep"), TestModels.process(untouchedKey, "first"));
        ProcessChangeView proposal = releaseProposals().get(0);

        // Act: a process owner declines it
        ProcessChangeView declined = SignedIn.as(reviewer, () -> {
            Task review = reviewTask(proposal.id());
            inbox.claim(review.getId());
            return changes.review(review.getId(), false, "Our step stays");
        });

        // Assert: nothing to revise, nothing deployed, and the same release started again proposes nothing more
        assertThat(declined.status()).isEqualTo(ProcessChange.Status.DECLINED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(
                ProcessChangeProcess.BUSINESS_KEY_PREFIX + proposal.id()).count()).isZero();
        assertThat(latest(ownersKey).getVersion()).isEqualTo(2);
        ship(TestModels.process(ownersKey, "first", "releaseStep"), TestModels.process(untouchedKey, "first"));
        assertThat(latest(ownersKey).getVersion()).isEqualTo(2);
        assertThat(latest(untouchedKey).getVersion()).isEqualTo(1);
        assertThat(releaseProposals()).extracting(ProcessChangeView::status)
                .containsExactly(ProcessChange.Status.DECLINED);
    }

    private void ship(byte[] ownersModel, byte[] untouchedModel) {
        Map<String, byte[]> models = new LinkedHashMap<>();
        models.put(ownersFile, ownersModel);
        models.put(untouchedFile, untouchedModel);
        shippedModels.deploy(processEngine, release, models);
    }

    private void approve(Long changeId, TestUser owner) throws Exception {
        SignedIn.as(owner, () -> {
            Task review = reviewTask(changeId);
            inbox.claim(review.getId());
            return changes.review(review.getId(), true, null);
        });
    }

    private List<ProcessChangeView> releaseProposals() throws Exception {
        return SignedIn.as(author, () -> changes.latestChanges()).stream()
                .filter(change -> change.modelKey().equals(ownersKey))
                .filter(ProcessChangeView::fromRelease)
                .toList();
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
    }

    private String model(ProcessDefinition definition) throws Exception {
        return SignedIn.as(author, () -> catalog.modelXml(definition.getId()));
    }

    private Task reviewTask(Long changeId) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(ProcessChangeProcess.BUSINESS_KEY_PREFIX + changeId)
                .taskDefinitionKey(ProcessChangeProcess.REVIEW_CHANGE)
                .singleResult();
    }
}
