package com.cocreation5r.process;

import static com.cocreation5r.process.RetentionProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * Walks the Retention stage through every path with stand-in beans for the cohort and the
 * measures, and the real honours decision: a satisfied partner, a dissatisfied one followed up,
 * one who never answers, and an empty cohort; and the purchase-intent polls beside them: none when
 * no idea was accepted, none when the program manager opens none, and polls that close after
 * their window. Jobs and timers are run explicitly.
 */
@Deployment(resources = {"models/retention.bpmn", "models/partner-honours.dmn"})
class RetentionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneId.systemDefault());

    /** What the measureContribution stand-in reports per partner: submitted, score, accepted, activity. */
    private final Map<String, Object[]> measures = new LinkedHashMap<>();
    private final Cohort cohort = new Cohort();
    private final Map<String, String> honours = new LinkedHashMap<>();
    private final List<Long> measuredCampaigns = new ArrayList<>();
    private final PollableIdeas pollableIdeas = new PollableIdeas();
    /** The poll delegates that ran, in order, with the campaign each was given. */
    private final List<String> pollSteps = new ArrayList<>();

    /** The retentionCohort bean: the multi-instance collection comes from a method, not a stored list. */
    public static class Cohort {
        final List<String> userIds = new ArrayList<>(List.of("paul", "nari"));
        Long askedFor;

        public List<String> partnerUserIds(Long campaignId) {
            askedFor = campaignId;
            return userIds;
        }
    }

    /** The pollableIdeas bean: how many of the campaign's ideas were accepted. */
    public static class PollableIdeas {
        long accepted;

        public long count(Long campaignId) {
            return campaignId == CAMPAIGN ? accepted : 0;
        }
    }

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        measures.put("paul", new Object[] {4, 82.5, 2, 15});
        measures.put("nari", new Object[] {1, null, 0, 3});
        Mocks.register(COHORT_BEAN, cohort);
        Mocks.register(MEASURE_CONTRIBUTION_DELEGATE, (JavaDelegate) execution -> {
            measuredCampaigns.add((Long) execution.getVariable(CAMPAIGN_ID));
            Object[] measured = measures.get(partnerOf(execution));
            execution.setVariable(IDEAS_SUBMITTED, measured[0]);
            execution.setVariable(AVERAGE_SCORE, measured[1]);
            execution.setVariable(IDEAS_ACCEPTED, measured[2]);
            execution.setVariable(ACTIVITY, measured[3]);
        });
        Mocks.register(RECORD_HONOUR_DELEGATE, (JavaDelegate) execution ->
                honours.put(partnerOf(execution), (String) execution.getVariable(HONOUR)));
        Mocks.register(POLLABLE_IDEAS_BEAN, pollableIdeas);
        Mocks.register(INVITE_POOL_TO_POLLS_DELEGATE, (JavaDelegate) execution ->
                pollSteps.add(INVITE_POOL_TO_POLLS + " " + execution.getVariable(CAMPAIGN_ID)));
        Mocks.register(CLOSE_POLLS_DELEGATE, (JavaDelegate) execution ->
                pollSteps.add(CLOSE_POLLS + " " + execution.getVariable(CAMPAIGN_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void satisfiedPartnersAreHonouredAndTheStageCompletesWithoutFollowUp() {
        // Given the stage started for the campaign's cohort
        ProcessInstance retention = start();
        assertThat(cohort.askedFor).isEqualTo(CAMPAIGN);

        // When each partner's contribution is measured (one job each)
        runMeasurements(retention);

        // Then each gets the honour the decision grants for their own measures, and their own survey
        assertThat(measuredCampaigns).containsExactly(CAMPAIGN, CAMPAIGN);
        assertThat(honours).containsOnly(entry("paul", MENTOR), entry("nari", NONE));
        assertThat(surveys(retention)).extracting(Task::getAssignee).containsExactlyInAnyOrder("paul", "nari");
        assertThat(surveys(retention)).allSatisfy(survey -> {
            assertThat(survey).hasFormKey(TAKE_SATISFACTION_SURVEY_FORM)
                    .hasDueDate(Date.from(TODAY.plusDays(SURVEY_DUE_DAYS).toInstant()));
            assertThat(engine.getTaskService().getIdentityLinksForTask(survey.getId()))
                    .noneMatch(link -> link.getGroupId() != null);
        });
        // the measures stay in each partner's instance
        assertThat(runtimeService().getVariables(retention.getId())).containsOnlyKeys(CAMPAIGN_ID);

        // When both answer with a good satisfaction
        for (Task survey : surveys(retention)) {
            answer(survey, false);
        }

        // Then nobody is followed up and the stage completes
        assertThat(retention).hasPassed(PARTNER_SATISFIED, RETENTION_COMPLETED)
                .hasNotPassed(FOLLOW_UP_SATISFACTION, SURVEY_DEADLINE_PASSED).isEnded();
        assertThat(retention).hasPassedInOrder(RETENTION_STARTED, MEASURE_CONTRIBUTION, DECIDE_HONOURS, RECORD_HONOUR,
                TAKE_SATISFACTION_SURVEY, SATISFACTION_LEVEL, PARTNER_SATISFIED);
        assertThat(managementService().createJobQuery().processInstanceId(retention.getId()).count()).isZero();
    }

    @Test
    void aLowSatisfactionOpensAFollowUpForTheProgramManager() {
        ProcessInstance retention = start();
        runMeasurements(retention);

        // When nari answers with a low satisfaction and paul with a good one
        answer(surveyOf(retention, "nari"), true);
        answer(surveyOf(retention, "paul"), false);

        // Then the program managers get one follow-up, and the stage waits for it
        assertThat(retention).isWaitingAt(FOLLOW_UP_SATISFACTION).hasPassed(FOLLOW_UP_NEEDED, PARTNER_SATISFIED);
        Task followUp = task(retention);
        assertThat(followUp).hasCandidateGroup(PROGRAM_MANAGER_GROUP).hasFormKey(FOLLOW_UP_SATISFACTION_FORM)
                .isNotAssigned().hasDueDate(Date.from(TODAY.plusDays(FOLLOW_UP_DUE_DAYS).toInstant()));
        assertThat(engine.getTaskService().getVariable(followUp.getId(), PARTNER_USER_ID)).isEqualTo("nari");

        // When the program manager has followed up
        complete(followUp);

        // Then the stage completes
        assertThat(retention).hasPassed(PARTNER_FOLLOWED_UP, RETENTION_COMPLETED).isEnded();
    }

    @Test
    void aPartnerWhoDoesNotAnswerByTheDeadlineIsFollowedUpToo() {
        ProcessInstance retention = start();
        runMeasurements(retention);
        answer(surveyOf(retention, "paul"), false);
        Task narisSurvey = surveyOf(retention, "nari");
        Job deadline = managementService().createJobQuery().processInstanceId(retention.getId()).timers()
                .activityId(SURVEY_DEADLINE_PASSED).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(TODAY.plusDays(SURVEY_DUE_DAYS).toInstant()));

        // When the deadline passes
        ClockUtil.setCurrentTime(deadline.getDuedate());
        execute(deadline);

        // Then her survey is gone and the program managers follow up
        assertThat(engine.getTaskService().createTaskQuery().taskId(narisSurvey.getId()).count()).isZero();
        assertThat(retention).hasPassed(SURVEY_DEADLINE_PASSED, FOLLOW_UP_NEEDED).isWaitingAt(FOLLOW_UP_SATISFACTION);
        assertThat(engine.getTaskService().getVariable(task(retention).getId(), PARTNER_USER_ID)).isEqualTo("nari");
        complete(task(retention));
        assertThat(retention).isEnded();
    }

    @Test
    void anEmptyCohortCompletesAtOnce() {
        cohort.userIds.clear();

        ProcessInstance retention = start();

        assertThat(retention).hasNotPassed(MEASURE_CONTRIBUTION, TAKE_SATISFACTION_SURVEY).isEnded();
        assertThat(honours).isEmpty();
    }

    @Test
    void theHonourIsDecidedOnEachPartnersOwnMeasures() {
        // an honorary consumer, and a partner without any scored idea
        measures.put("paul", new Object[] {3, 64.0, 0, 2});
        measures.put("nari", new Object[] {0, null, 0, 25});

        ProcessInstance retention = start();
        runMeasurements(retention);

        assertThat(honours).containsOnly(entry("paul", HONORARY_CONSUMER), entry("nari", HONORARY_CONSUMER));
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(retention.getId())
                .decisionDefinitionKey(HONOURS_DECISION).count()).isEqualTo(2);
    }

    @Test
    void withoutAnAcceptedIdeaNoPollIsOffered() {
        ProcessInstance retention = start();

        assertThat(retention).hasPassed(IDEAS_TO_POLL, POLLS_SETTLED).hasNotPassed(CHOOSE_POLL_IDEAS);
        runMeasurements(retention);
        surveys(retention).forEach(survey -> answer(survey, false));
        assertThat(retention).hasPassed(RETENTION_JOIN, RETENTION_COMPLETED).isEnded();
        assertThat(pollSteps).isEmpty();
    }

    @Test
    void acceptedIdeasArePolledForTheirWindowAndTheStageWaitsForThePolls() {
        // Given a campaign with accepted ideas
        pollableIdeas.accepted = 2;
        ProcessInstance retention = start();

        // Then the program managers are asked which ideas to put to the pool
        Task choose = pollChoice(retention);
        assertThat(choose).hasCandidateGroup(PROGRAM_MANAGER_GROUP).hasFormKey(CHOOSE_POLL_IDEAS_FORM)
                .isNotAssigned().hasDueDate(Date.from(TODAY.plusDays(CHOOSE_POLL_IDEAS_DUE_DAYS).toInstant()));

        // When they open two polls and the partners are done
        engine.getTaskService().complete(choose.getId(), Map.of(POLLS_OPENED, 2));
        runMeasurements(retention);
        surveys(retention).forEach(survey -> answer(survey, false));

        // Then the pool was invited, and the stage waits for the poll window
        assertThat(pollSteps).containsExactly(INVITE_POOL_TO_POLLS + " " + CAMPAIGN);
        assertThat(retention).isWaitingAt(POLL_WINDOW_OVER).hasPassed(PARTNER_SATISFIED).isNotEnded();
        Job window = managementService().createJobQuery().processInstanceId(retention.getId()).timers()
                .activityId(POLL_WINDOW_OVER).singleResult();
        assertThat(window.getDuedate()).isEqualTo(Date.from(TODAY.plusDays(POLL_DAYS).toInstant()));

        // When the window is over
        ClockUtil.setCurrentTime(window.getDuedate());
        execute(window);

        // Then the polls are closed and the stage completes
        assertThat(pollSteps).containsExactly(INVITE_POOL_TO_POLLS + " " + CAMPAIGN, CLOSE_POLLS + " " + CAMPAIGN);
        assertThat(retention).hasPassedInOrder(RETENTION_SPLIT, IDEAS_TO_POLL, CHOOSE_POLL_IDEAS, POLLS_CHOSEN,
                INVITE_POOL_TO_POLLS, POLL_WINDOW_OVER, CLOSE_POLLS, POLLS_SETTLED).isEnded();
    }

    @Test
    void theProgramManagerMayOpenNoPoll() {
        pollableIdeas.accepted = 1;
        ProcessInstance retention = start();

        engine.getTaskService().complete(pollChoice(retention).getId(), Map.of(POLLS_OPENED, 0));

        assertThat(retention).hasPassed(POLLS_CHOSEN, POLLS_SETTLED).hasNotPassed(INVITE_POOL_TO_POLLS);
        assertThat(pollSteps).isEmpty();
        runMeasurements(retention);
        surveys(retention).forEach(survey -> answer(survey, false));
        assertThat(retention).isEnded();
    }

    // ------------------------------------------------------------------ steps

    private Task pollChoice(ProcessInstance retention) {
        return engine.getTaskService().createTaskQuery().processInstanceId(retention.getId())
                .taskDefinitionKey(CHOOSE_POLL_IDEAS).singleResult();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "campaign-" + CAMPAIGN,
                Map.of(CAMPAIGN_ID, CAMPAIGN));
    }

    private void runMeasurements(ProcessInstance retention) {
        List<Job> jobs = managementService().createJobQuery().processInstanceId(retention.getId())
                .activityId(MEASURE_CONTRIBUTION).list();
        assertThat(jobs).hasSize(cohort.userIds.size());
        jobs.forEach(job -> execute(job));
    }

    private void answer(Task survey, boolean low) {
        engine.getTaskService().complete(survey.getId(), Map.of(SATISFACTION_LOW, low));
    }

    private List<Task> surveys(ProcessInstance retention) {
        return engine.getTaskService().createTaskQuery().processInstanceId(retention.getId())
                .taskDefinitionKey(TAKE_SATISFACTION_SURVEY).list();
    }

    private Task surveyOf(ProcessInstance retention, String userId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(retention.getId())
                .taskDefinitionKey(TAKE_SATISFACTION_SURVEY).taskAssignee(userId).singleResult();
    }

    private static String partnerOf(DelegateExecution execution) {
        return (String) execution.getVariable(PARTNER_USER_ID);
    }
}
