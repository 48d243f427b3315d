package com.cocreation5r.process;

import static com.cocreation5r.process.ReinforcementProcess.*;
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
 * Walks the Reinforcement stage through every path with stand-in beans: drafting finished early
 * by every partner, drafting ended by its deadline, no idea submitted and an empty cohort (support
 * requests: {@link SupportRequestProcessTest}). Timers run explicitly with the engine clock pinned.
 */
@Deployment(resources = "models/reinforcement.bpmn")
class ReinforcementProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());
    private static final Date DRAFTING_ENDS = Date.from(TODAY.plusDays(14).toInstant());
    private static final Date REFINEMENT_ENDS = Date.from(TODAY.plusDays(21).toInstant());

    private final StandInCohort cohort = new StandInCohort(new ArrayList<>(List.of("paul", "nari")));
    /** How many ideas the closeDrafting stand-in reports as submitted. */
    private int submittedIdeas = 2;

    private final List<Long> draftingOpened = new ArrayList<>();
    private final List<Long> draftingClosed = new ArrayList<>();
    private final List<Long> handedOver = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        Mocks.register(COHORT_BEAN, cohort);
        Mocks.register(OPEN_DRAFTING_DELEGATE,
                (JavaDelegate) execution -> draftingOpened.add((Long) execution.getVariable(CAMPAIGN_ID)));
        Mocks.register(CLOSE_DRAFTING_DELEGATE, (JavaDelegate) execution -> {
            draftingClosed.add((Long) execution.getVariable(CAMPAIGN_ID));
            execution.setVariable(SUBMITTED_IDEA_COUNT, submittedIdeas);
        });
        Mocks.register(HAND_OVER_IDEAS_DELEGATE,
                (JavaDelegate) execution -> handedOver.add((Long) execution.getVariable(CAMPAIGN_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void everyPartnerFinishesDraftingAndTheRefinedIdeasAreHandedOverWhenTheWindowCloses() {
        // Given the community manager prepared the toolkit
        ProcessInstance stage = start();
        assertThat(stage).isWaitingAt(PREPARE_TOOLKIT);
        assertThat(task(stage)).hasCandidateGroup(COMMUNITY_MANAGER_GROUP).hasFormKey(PREPARE_TOOLKIT_FORM)
                .hasDueDate(Date.from(TODAY.plusDays(PREPARE_TOOLKIT_DUE_DAYS).toInstant()));
        prepareToolkit(stage);

        // Then each partner of the cohort drafts in a task of their own, due at the drafting deadline
        assertThat(draftingOpened).containsExactly(CAMPAIGN);
        assertThat(draftTasks(stage)).extracting(Task::getAssignee).containsExactlyInAnyOrder("paul", "nari");
        assertThat(draftTasks(stage)).allSatisfy(task -> {
            assertThat(task).hasFormKey(DRAFT_IDEAS_FORM).hasDueDate(DRAFTING_ENDS);
            assertThat(taskService().getIdentityLinksForTask(task.getId())).noneMatch(link -> link.getGroupId() != null);
        });
        assertThat(cohort.askedFor).isNotEmpty().containsOnly(CAMPAIGN);

        // When both finish before the deadline
        draftTasks(stage).forEach(task -> complete(task));
        assertThat(stage).isWaitingAt(CLOSE_DRAFTING);
        execute(jobAt(stage, CLOSE_DRAFTING));

        // Then the refinement window is open until its deadline, and nothing is handed over yet
        assertThat(draftingClosed).containsExactly(CAMPAIGN);
        assertThat(stage).isWaitingAt(REFINEMENT_WINDOW_CLOSED).hasNotPassed(DRAFTING_DEADLINE_PASSED);
        Job window = jobAt(stage, REFINEMENT_WINDOW_CLOSED);
        assertThat(window.getDuedate()).isEqualTo(REFINEMENT_ENDS);
        assertThat(handedOver).isEmpty();

        // When the window closes
        ClockUtil.setCurrentTime(REFINEMENT_ENDS);
        execute(window);

        // Then the ideas are handed over and the stage is complete
        assertThat(handedOver).containsExactly(CAMPAIGN);
        assertThat(stage).hasPassedInOrder(PREPARE_TOOLKIT, OPEN_DRAFTING, DRAFT_IDEAS, CLOSE_DRAFTING,
                ANY_IDEAS_SUBMITTED, REFINEMENT_WINDOW_CLOSED, HAND_OVER_IDEAS, REINFORCEMENT_COMPLETED).isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(SUBMITTED_IDEA_COUNT).singleResult().getValue()).isEqualTo(2);
    }

    @Test
    void theDraftingDeadlineEndsTheTasksStillOpen() {
        ProcessInstance stage = start();
        prepareToolkit(stage);
        complete(draftTaskOf(stage, "paul"));
        Task narisTask = draftTaskOf(stage, "nari");
        Job deadline = managementService().createJobQuery().processInstanceId(stage.getId()).timers()
                .activityId(DRAFTING_DEADLINE_PASSED).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(DRAFTING_ENDS);

        // When the drafting deadline passes
        ClockUtil.setCurrentTime(DRAFTING_ENDS);
        execute(deadline);

        // Then nari's task is gone and drafting closes for everyone
        assertThat(taskService().createTaskQuery().taskId(narisTask.getId()).count()).isZero();
        assertThat(stage).hasPassed(DRAFTING_DEADLINE_PASSED).isWaitingAt(CLOSE_DRAFTING);
        execute(jobAt(stage, CLOSE_DRAFTING));
        assertThat(stage).isWaitingAt(REFINEMENT_WINDOW_CLOSED);
        assertThat(draftingClosed).containsExactly(CAMPAIGN);
    }

    @Test
    void withoutSubmittedIdeasTheStageEndsAndNothingIsHandedOver() {
        submittedIdeas = 0;
        ProcessInstance stage = start();
        prepareToolkit(stage);
        draftTasks(stage).forEach(task -> complete(task));

        execute(jobAt(stage, CLOSE_DRAFTING));

        assertThat(stage).hasPassed(CLOSE_DRAFTING, REINFORCEMENT_ENDED_WITHOUT_IDEAS)
                .hasNotPassed(REFINEMENT_WINDOW_CLOSED, HAND_OVER_IDEAS).isEnded();
        assertThat(handedOver).isEmpty();
    }

    @Test
    void anEmptyCohortClosesDraftingAtOnce() {
        cohort.userIds.clear();
        ProcessInstance stage = start();

        prepareToolkit(stage);

        assertThat(draftTasks(stage)).isEmpty();
        assertThat(stage).isWaitingAt(CLOSE_DRAFTING);
        submittedIdeas = 0;
        execute(jobAt(stage, CLOSE_DRAFTING));
        assertThat(stage).hasPassed(REINFORCEMENT_ENDED_WITHOUT_IDEAS).isEnded();
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "campaign-42", Map.of(CAMPAIGN_ID, CAMPAIGN));
    }

    /** What the toolkit form does: the application stores the guide and sets the stage's dates. */
    private void prepareToolkit(ProcessInstance stage) {
        Task prepare = taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(PREPARE_TOOLKIT).singleResult();
        complete(prepare, Map.of(DRAFTING_DEADLINE, DRAFTING_ENDS, REFINEMENT_DEADLINE, REFINEMENT_ENDS));
    }

    private Job jobAt(ProcessInstance stage, String activityId) {
        return managementService().createJobQuery().processInstanceId(stage.getId()).activityId(activityId)
                .singleResult();
    }

    private List<Task> draftTasks(ProcessInstance stage) {
        return taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(DRAFT_IDEAS).list();
    }

    private Task draftTaskOf(ProcessInstance stage, String partner) {
        return taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(DRAFT_IDEAS).taskAssignee(partner)
                .singleResult();
    }

    /** Stands in for the CDI bean listing the cohort: a method, not a serialized list variable. */
    public static final class StandInCohort {

        final List<String> userIds;
        final List<Long> askedFor = new ArrayList<>();

        StandInCohort(List<String> userIds) {
            this.userIds = userIds;
        }

        public List<String> of(Long campaignId) {
            askedFor.add(campaignId);
            return List.copyOf(userIds);
        }
    }
}
