package com.cocreation5r.process;

import static com.cocreation5r.process.RealizationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The Realization model uses the ids, forms, groups and bean names its code and the audit reports share. */
class RealizationModelTest {

    @Test
    void userTasksHaveTheFixedIdsFormsAndPerformers() throws IOException {
        BpmnModelInstance model = read();

        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaFormKey, UserTask::getCamundaCandidateGroups,
                        UserTask::getCamundaAssignee)
                .containsExactlyInAnyOrder(
                        tuple(TRIAGE_IDEA, TRIAGE_IDEA_FORM, TRIAGE_MANAGER_GROUP, null),
                        tuple(EVALUATE_IDEA, EVALUATE_IDEA_FORM, null, "${" + EVALUATOR_USER_ID + "}"),
                        tuple(HAND_OVER_IDEA, HAND_OVER_IDEA_FORM, EXECUTION_GROUP, null),
                        tuple(TRACK_IMPLEMENTATION, TRACK_IMPLEMENTATION_FORM, EXECUTION_GROUP, null),
                        tuple(EXPLAIN_REJECTION, EXPLAIN_REJECTION_FORM, DOMAIN_EXPERT_GROUP, null),
                        tuple(ACKNOWLEDGE_EXPLANATION, ACKNOWLEDGE_EXPLANATION_FORM, null,
                                "${" + IDEA_AUTHOR_BEAN + ".userIdOf(" + IDEA_ID + ")}"));
        // every task names its idea in the inbox
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> assertThat(
                task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                .extracting(CamundaTaskListener::getCamundaEvent, CamundaTaskListener::getCamundaDelegateExpression)
                .contains(tuple("create", "${" + DESCRIBE_IDEA_TASK_LISTENER + "}")));
    }

    @Test
    void evaluationIsParallelMultiInstanceOverTheEvaluators() throws IOException {
        UserTask evaluate = read().getModelElementById(EVALUATE_IDEA);
        MultiInstanceLoopCharacteristics loop =
                (MultiInstanceLoopCharacteristics) evaluate.getLoopCharacteristics();

        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.getCamundaCollection()).isEqualTo("${" + EVALUATORS + "}");
        assertThat(loop.getCamundaElementVariable()).isEqualTo(EVALUATOR_USER_ID);
    }

    @Test
    void serviceTasksAndBoundaryEventsUseTheSharedNames() throws IOException {
        BpmnModelInstance model = read();

        assertThat(model.getModelElementsByType(ServiceTask.class))
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactlyInAnyOrder(
                        tuple(OPEN_REALIZATION, "${" + OPEN_REALIZATION_DELEGATE + "}"),
                        tuple(ESCALATE_TRIAGE, "${" + ESCALATE_TRIAGE_DELEGATE + "}"),
                        tuple(PREPARE_EVALUATION, "${" + PREPARE_EVALUATION_DELEGATE + "}"),
                        tuple(REVIEW_CONFLICTS, "${" + REVIEW_CONFLICTS_DELEGATE + "}"),
                        tuple(COMPUTE_SCORE, "${" + COMPUTE_SCORE_DELEGATE + "}"),
                        tuple(ACCEPT_IDEA, "${" + ACCEPT_IDEA_DELEGATE + "}"),
                        tuple(REMIND_HAND_OVER, "${" + REMIND_HAND_OVER_DELEGATE + "}"),
                        tuple(ESCALATE_HAND_OVER, "${" + ESCALATE_HAND_OVER_DELEGATE + "}"),
                        tuple(RETURN_TO_TRIAGE, "${" + RETURN_TO_TRIAGE_DELEGATE + "}"),
                        tuple(REJECT_IDEA, "${" + REJECT_IDEA_DELEGATE + "}"),
                        tuple(ARCHIVE_IDEA, "${" + ARCHIVE_IDEA_DELEGATE + "}"));
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactlyInAnyOrder(
                        tuple(TRIAGE_DEADLINE_PASSED, false, TRIAGE_IDEA),
                        tuple(FAST_TRACKED, true, ASSESS_IDEA),
                        tuple(HAND_OVER_REMINDER_DUE, false, HAND_OVER_IDEA),
                        tuple(HAND_OVER_DEADLINE_PASSED, false, HAND_OVER_IDEA),
                        tuple(ACKNOWLEDGEMENT_DEADLINE_PASSED, true, ACKNOWLEDGE_EXPLANATION));
    }

    private static BpmnModelInstance read() throws IOException {
        try (InputStream bpmn = RealizationModelTest.class.getClassLoader()
                .getResourceAsStream("models/realization.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
            Bpmn.validateModel(model);
            return model;
        }
    }
}
