package com.cocreation5r.process;

import static com.cocreation5r.process.SupportRequestProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks a support request through its paths beside the Reinforcement stage: answered in time,
 * escalated at the response deadline and answered later, and still open when the stage's window
 * ends, which the stage does not wait for. Timers run explicitly with the engine clock pinned.
 */
@Deployment(resources = {"models/support-request.bpmn", "models/reinforcement.bpmn"})
class SupportRequestProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    private static final String BUSINESS_KEY = "campaign-42";
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());
    private static final Date RESPONSE_DUE = Date.from(TODAY.plusDays(SUPPORT_RESPONSE_DAYS).toInstant());
    private static final Date DRAFTING_ENDS = Date.from(TODAY.plusDays(14).toInstant());
    private static final Date REFINEMENT_ENDS = Date.from(TODAY.plusDays(21).toInstant());

    private final List<Long> escalated = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        Mocks.register(ESCALATE_SUPPORT_REQUEST_DELEGATE,
                (JavaDelegate) execution -> escalated.add((Long) execution.getVariable(SUPPORT_REQUEST_ID)));
        // the stage's own beans, for the test that runs the stage beside a request
        Mocks.register(ReinforcementProcess.COHORT_BEAN, new PartnersPaulAndNari());
        Mocks.register(ReinforcementProcess.OPEN_DRAFTING_DELEGATE, (JavaDelegate) execution -> { });
        Mocks.register(ReinforcementProcess.CLOSE_DRAFTING_DELEGATE,
                (JavaDelegate) execution -> execution.setVariable(ReinforcementProcess.SUBMITTED_IDEA_COUNT, 2));
        Mocks.register(ReinforcementProcess.HAND_OVER_IDEAS_DELEGATE, (JavaDelegate) execution -> { });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    /** Stands in for the CDI bean listing the cohort. */
    public static final class PartnersPaulAndNari {
        public List<String> of(Long campaignId) {
            return List.of("paul", "nari");
        }
    }

    // ------------------------------------------------------------------ paths

    @Test
    void aRequestAnsweredInTimeEndsWithoutEscalation() {
        ProcessInstance request = raise(7L);

        // the community managers have a task about that request, due within the response time
        assertThat(request).isWaitingAt(ANSWER_SUPPORT_REQUEST);
        assertThat(task(request)).hasCandidateGroup(COMMUNITY_MANAGER_GROUP).hasFormKey(ANSWER_SUPPORT_REQUEST_FORM)
                .hasDueDate(RESPONSE_DUE);
        assertThat(taskService().getVariable(task(request).getId(), SUPPORT_REQUEST_ID)).isEqualTo(7L);

        complete(task(request));

        assertThat(request).hasPassedInOrder(SUPPORT_REQUESTED, ANSWER_SUPPORT_REQUEST, SUPPORT_REQUEST_ANSWERED)
                .hasNotPassed(ESCALATE_SUPPORT_REQUEST).isEnded();
        assertThat(escalated).isEmpty();
    }

    @Test
    void anOverdueRequestIsEscalatedAndStaysOpenUntilAnswered() {
        ProcessInstance first = raise(7L);
        ProcessInstance second = raise(8L);
        Job overdue = managementService().createJobQuery().processInstanceId(first.getId()).timers()
                .activityId(SUPPORT_RESPONSE_OVERDUE).singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(RESPONSE_DUE);
        Task firstAnswer = task(first);

        ClockUtil.setCurrentTime(RESPONSE_DUE);
        execute(overdue);

        // that request is escalated, its task stays open; the other request is untouched
        assertThat(escalated).containsExactly(7L);
        assertThat(first).hasPassed(SUPPORT_RESPONSE_OVERDUE, ESCALATE_SUPPORT_REQUEST, SUPPORT_REQUEST_ESCALATED)
                .isWaitingAt(ANSWER_SUPPORT_REQUEST);
        assertThat(task(first).getId()).isEqualTo(firstAnswer.getId());
        assertThat(second).hasNotPassed(ESCALATE_SUPPORT_REQUEST).isWaitingAt(ANSWER_SUPPORT_REQUEST);

        complete(task(first));
        assertThat(first).hasPassed(SUPPORT_REQUEST_ANSWERED).isEnded();
        assertThat(second).isNotEnded();
    }

    @Test
    void theStageEndsWhenItsWindowEndsWhileAnOpenRequestCarriesOnToAnAnswer() {
        ProcessInstance stage = runtimeService().startProcessInstanceByKey(ReinforcementProcess.PROCESS_KEY,
                BUSINESS_KEY, Map.of(ReinforcementProcess.CAMPAIGN_ID, CAMPAIGN));
        complete(task(stage), Map.of(ReinforcementProcess.DRAFTING_DEADLINE, DRAFTING_ENDS,
                ReinforcementProcess.REFINEMENT_DEADLINE, REFINEMENT_ENDS));
        ProcessInstance request = raise(7L);

        // the partners finish drafting and the refinement window closes, the request unanswered
        taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(ReinforcementProcess.DRAFT_IDEAS).list()
                .forEach(draft -> complete(draft));
        execute(job(stage, ReinforcementProcess.CLOSE_DRAFTING));
        ClockUtil.setCurrentTime(REFINEMENT_ENDS);
        execute(job(stage, ReinforcementProcess.REFINEMENT_WINDOW_CLOSED));

        // the stage is over; the request, escalated on the way, still waits for its answer
        assertThat(stage).hasPassed(ReinforcementProcess.REINFORCEMENT_COMPLETED).isEnded();
        assertThat(request).isWaitingAt(ANSWER_SUPPORT_REQUEST);
        execute(job(request, SUPPORT_RESPONSE_OVERDUE));
        assertThat(escalated).containsExactly(7L);

        complete(task(request));
        assertThat(request).hasPassed(SUPPORT_REQUEST_ANSWERED).isEnded();
    }

    // ------------------------------------------------------------------ steps

    /** What the support service does once the partner's request is stored. */
    private ProcessInstance raise(Long requestId) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
                Map.of(CAMPAIGN_ID, CAMPAIGN, SUPPORT_REQUEST_ID, requestId));
    }

    private Job job(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }
}
