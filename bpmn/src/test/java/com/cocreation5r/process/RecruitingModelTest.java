package com.cocreation5r.process;

import static com.cocreation5r.process.RecruitingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the recruiting model against the house rules (meaningful ids, delegates by expression,
 * a complete diagram) and against the names {@link RecruitingProcess} promises to the code, so a
 * rename in the modeler fails here rather than in a running process.
 */
class RecruitingModelTest {

    private static final String RESOURCE = "models/recruiting.bpmn";

    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws IOException {
        try (InputStream bpmn = RecruitingModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(bpmn).as(RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(bpmn);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void isAnExecutableProcessKeptFiveYearsInHistory() {
        Process process = model.getModelElementById(PROCESS_KEY);

        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isEqualTo("① Recruiting");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
    }

    @Test
    void isDeployedByTheEngineBootstrap() {
        assertThat(ProcessModels.RESOURCES).contains(RESOURCE);
        assertThat(ProcessModels.RESOURCES)
                .allSatisfy(resource -> assertThat(getClass().getClassLoader().getResource(resource))
                        .as(resource).isNotNull());
    }

    @Test
    void containsEveryActivityTheCodeNames() {
        List<String> namedInCode = List.of(
                RECRUITING_STARTED, OPEN_CALL, APPLICATION_WINDOW_CLOSED, CLOSE_CALL, ANY_APPLICATIONS,
                RECRUITING_ENDED_WITHOUT_APPLICATIONS, ASSESS_APPLICATION, ASSESSMENT_STARTED,
                SCREEN_APPLICATION, SCREENING_OUTCOME, REJECTED_AT_SCREENING, INTERVIEW_CANDIDATE,
                INTERVIEW_OUTCOME, CANDIDATE_RECOMMENDED, REJECTED_AT_INTERVIEW, SUMMARIZE_SHORTLIST,
                ANY_SHORTLISTED, SELECT_COHORT, OUTCOME_KNOWN, NOTIFY_CANDIDATES, ADMIT_TO_PARTNER_POOL,
                RECRUITING_COMPLETED);

        assertThat(model.getModelElementsByType(FlowNode.class))
                .extracting(FlowNode::getId)
                .containsExactlyInAnyOrderElementsOf(namedInCode);
    }

    @Test
    void everyIdIsMeaningfulCamelCase() {
        // expressions and loop characteristics carry no id; everything that has one must mean something
        assertThat(model.getModelElementsByType(BaseElement.class))
                .extracting(BaseElement::getId)
                .filteredOn(Objects::nonNull)
                .allSatisfy(id -> assertThat(id)
                        .matches("[a-z][a-zA-Z]+")
                        .doesNotMatch("(?i)(task|flow|gateway|event|activity|process)\\d*"));
    }

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawn() {
        assertThat(model.getModelElementsByType(FlowElement.class))
                .filteredOn(element -> element instanceof FlowNode || element instanceof SequenceFlow)
                .allSatisfy(element -> assertThat(element.getDiagramElement())
                        .as("diagram element of %s", element.getId()).isNotNull());
        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank());
    }

    @Test
    void callsCdiDelegatesByExpressionOnly() {
        assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();

        Collection<ServiceTask> serviceTasks = model.getModelElementsByType(ServiceTask.class);
        assertThat(serviceTasks).allSatisfy(task -> {
            assertThat(task.getCamundaClass()).as("class of %s", task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as("expression of %s", task.getId()).isNull();
        });
        assertThat(serviceTasks)
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactlyInAnyOrder(
                        tuple(OPEN_CALL, "${" + OPEN_CALL_DELEGATE + "}"),
                        tuple(CLOSE_CALL, "${" + CLOSE_CALL_DELEGATE + "}"),
                        tuple(SUMMARIZE_SHORTLIST, "${" + SUMMARIZE_SHORTLIST_DELEGATE + "}"),
                        tuple(NOTIFY_CANDIDATES, "${" + NOTIFY_CANDIDATES_DELEGATE + "}"),
                        tuple(ADMIT_TO_PARTNER_POOL, "${" + ADMIT_TO_PARTNER_POOL_DELEGATE + "}"));
    }

    @Test
    void userTasksUseTheSharedFormKeysAndGroups() {
        Map<String, List<String>> expected = Map.of(
                SCREEN_APPLICATION, List.of(SCREEN_APPLICATION_FORM, RECRUITER_GROUP),
                INTERVIEW_CANDIDATE, List.of(INTERVIEW_CANDIDATE_FORM, INTERVIEWER_GROUP),
                SELECT_COHORT, List.of(SELECT_COHORT_FORM, SELECTION_COMMITTEE_GROUP));

        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(userTasks).allSatisfy(task -> {
            assertThat(task.getCamundaFormKey()).isEqualTo(expected.get(task.getId()).get(0));
            assertThat(task.getCamundaCandidateGroups()).isEqualTo(expected.get(task.getId()).get(1));
            assertThat(task.getCamundaDueDate()).startsWith("${dateTime().plusDays(");
        });
    }

    @Test
    void sideEffectsRunInRetriableJobs() {
        assertThat(model.<Activity>getModelElementById(CLOSE_CALL).isCamundaAsyncBefore()).isTrue();
        assertThat(model.<Activity>getModelElementById(NOTIFY_CANDIDATES).isCamundaAsyncBefore()).isTrue();

        for (String jobActivity : List.of(APPLICATION_WINDOW_CLOSED, CLOSE_CALL, NOTIFY_CANDIDATES)) {
            BaseElement element = model.getModelElementById(jobActivity);
            assertThat(element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
                    .as("retry cycle of %s", jobActivity)
                    .isEqualTo(FAILED_JOB_RETRY_TIME_CYCLE);
        }
    }
}
