package com.cocreation5r.process;

import static com.cocreation5r.process.ProcessChangeProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the change request through its paths with a stand-in deploy delegate: approved at once,
 * sent back and resubmitted, sent back and withdrawn, a release's model declined.
 */
@Deployment(resources = "models/process-change.bpmn")
class ProcessChangeProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private final List<Long> deployed = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        Mocks.register(DEPLOY_CHANGE_DELEGATE, (JavaDelegate) execution ->
                deployed.add((Long) execution.getVariable(CHANGE_REQUEST_ID)));
        Mocks.register(TASK_COMPLETED_LISTENER, (TaskListener) task -> completed.add(task.getTaskDefinitionKey()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void anApprovedChangeIsDeployed() {
        // Given a submitted change
        ProcessInstance change = submit();

        // Then another process owner has to review it
        assertThat(change).isWaitingAt(REVIEW_CHANGE);
        assertThat(task()).hasCandidateGroup(PROCESS_OWNER_GROUP).hasFormKey(REVIEW_CHANGE_FORM);

        // When it is approved
        complete(task(), Map.of(CHANGE_APPROVED, true));

        // Then it is deployed, and only then
        assertThat(change).hasPassedInOrder(CHANGE_SUBMITTED, REVIEW_CHANGE, DEPLOY_CHANGE, CHANGE_DEPLOYED).isEnded();
        assertThat(deployed).containsExactly(7L);
    }

    @Test
    void aChangeSentBackIsRevisedByItsAuthorAndReviewedAgain() {
        ProcessInstance change = submit();
        assertThat(change).isWaitingAt(REVIEW_CHANGE);

        // When the reviewer sends it back
        complete(task(), Map.of(CHANGE_APPROVED, false));

        // Then its author revises it, and nothing is deployed
        assertThat(change).isWaitingAt(REVISE_CHANGE);
        assertThat(task()).isAssignedTo("owen").hasFormKey(REVISE_CHANGE_FORM);
        assertThat(deployed).isEmpty();

        // When the author submits it again, it is reviewed again and then deployed
        complete(task(), Map.of(CHANGE_RESUBMITTED, true));
        assertThat(change).isWaitingAt(REVIEW_CHANGE);
        complete(task(), Map.of(CHANGE_APPROVED, true));
        assertThat(change).hasPassed(CHANGE_DEPLOYED).isEnded();
        assertThat(deployed).containsExactly(7L);
        // each completion was recorded with the change request
        assertThat(completed).containsExactly(REVIEW_CHANGE, REVISE_CHANGE, REVIEW_CHANGE);
    }

    @Test
    void aChangeSentBackCanBeWithdrawn() {
        ProcessInstance change = submit();
        assertThat(change).isWaitingAt(REVIEW_CHANGE);
        complete(task(), Map.of(CHANGE_APPROVED, false));

        assertThat(change).isWaitingAt(REVISE_CHANGE);
        complete(task(), Map.of(CHANGE_RESUBMITTED, false));

        assertThat(change).hasPassed(CHANGE_WITHDRAWN).hasNotPassed(DEPLOY_CHANGE).isEnded();
        assertThat(deployed).isEmpty();
    }

    @Test
    void aReleasesModelDeclinedEndsWithoutRevisionNorDeployment() {
        // Given the model of a new release, proposed to the process owners
        ProcessInstance change = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + 8,
                Map.of(CHANGE_REQUEST_ID, 8L, CHANGE_AUTHOR, RELEASE_AUTHOR, MODEL_KEY, "recruiting",
                        CHANGE_FROM_RELEASE, true));
        assertThat(change).isWaitingAt(REVIEW_CHANGE);

        // When a process owner declines it
        complete(task(), Map.of(CHANGE_APPROVED, false));

        // Then nobody is asked to revise it and nothing is deployed
        assertThat(change).hasPassed(RELEASE_CHANGE_DECLINED).hasNotPassed(REVISE_CHANGE, DEPLOY_CHANGE).isEnded();
        assertThat(deployed).isEmpty();
    }

    @Test
    void theReviewIsDueInFiveDays() {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                getClass().getClassLoader().getResourceAsStream("models/process-change.bpmn"));
        UserTask review = model.getModelElementById(REVIEW_CHANGE);
        assertThat(review.getCamundaDueDate()).isEqualTo("${dateTime().plusDays(" + REVIEW_DUE_DAYS + ").toDate()}");
        assertThat(review.getCamundaCandidateGroups()).isEqualTo(PROCESS_OWNER_GROUP);
    }

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + 7,
                Map.of(CHANGE_REQUEST_ID, 7L, CHANGE_AUTHOR, "owen", MODEL_KEY, "recruiting",
                        CHANGE_FROM_RELEASE, false));
    }
}
