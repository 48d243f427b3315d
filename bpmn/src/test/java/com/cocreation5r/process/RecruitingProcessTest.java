package com.cocreation5r.process;

import static com.cocreation5r.process.RecruitingProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the recruiting process through every path with stand-in delegates that do what the real
 * ones promise: closing the call publishes the submitted applications, summarizing the shortlist
 * counts the recommendations the interviewers recorded. Timers and asynchronous continuations
 * are run explicitly, with the engine clock pinned, so every due date is exact.
 */
@Deployment(resources = "models/recruiting.bpmn")
class RecruitingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    /** A Monday morning well away from any daylight saving switch, so "plus 7 days" is unambiguous. */
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());
    private static final ZonedDateTime DEADLINE = TODAY.plusDays(30);

    /** The applications the call received while open; the closeCall stand-in publishes them. */
    private final List<Long> submittedApplications = new ArrayList<>();
    /**
     * What the application's domain knows after each interview. In the application the task form
     * records the recommendation in the same transaction that completes the interview task.
     */
    private final Map<Long, String> recordedRecommendations = new HashMap<>();

    private final RecordingDelegate openCall = new RecordingDelegate(execution -> { });
    private final RecordingDelegate closeCall = new RecordingDelegate(execution -> {
        execution.setVariable(APPLICATION_IDS, new ArrayList<>(submittedApplications));
        execution.setVariable(APPLICATION_COUNT, submittedApplications.size());
    });
    private final RecordingDelegate summarizeShortlist = new RecordingDelegate(execution -> {
        @SuppressWarnings("unchecked")
        List<Long> applicationIds = (List<Long>) execution.getVariable(APPLICATION_IDS);
        long recommended = applicationIds.stream()
                .filter(id -> RECOMMEND.equals(recordedRecommendations.get(id)))
                .count();
        execution.setVariable(SHORTLIST_SIZE, recommended);
    });
    private final RecordingDelegate notifyCandidates = new RecordingDelegate(execution -> { });
    private final TaskListener describeAssessmentTask =
            task -> task.setDescription("Application " + task.getVariable(APPLICATION_ID));
    private final RecordingDelegate admitToPartnerPool = new RecordingDelegate(execution -> { });

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        Mocks.register(OPEN_CALL_DELEGATE, openCall);
        Mocks.register(CLOSE_CALL_DELEGATE, closeCall);
        Mocks.register(SUMMARIZE_SHORTLIST_DELEGATE, summarizeShortlist);
        Mocks.register(NOTIFY_CANDIDATES_DELEGATE, notifyCandidates);
        Mocks.register(ADMIT_TO_PARTNER_POOL_DELEGATE, admitToPartnerPool);
        Mocks.register(DESCRIBE_ASSESSMENT_TASK_LISTENER, describeAssessmentTask);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void endsWhenTheWindowExpiresWithoutApplications() {
        // Given a call nobody applies to
        ProcessInstance recruiting = startRecruiting();
        assertThat(recruiting).isWaitingAt(APPLICATION_WINDOW_CLOSED);

        // When the application window closes
        closeApplicationWindow(recruiting);

        // Then recruiting ends there, without assessing or notifying anyone
        assertThat(recruiting)
                .hasPassedInOrder(RECRUITING_STARTED, OPEN_CALL, APPLICATION_WINDOW_CLOSED, CLOSE_CALL,
                        ANY_APPLICATIONS, RECRUITING_ENDED_WITHOUT_APPLICATIONS)
                .hasNotPassed(ASSESS_APPLICATION, SUMMARIZE_SHORTLIST, NOTIFY_CANDIDATES, ADMIT_TO_PARTNER_POOL)
                .isEnded();
        assertThat(openCall.calls()).containsExactly(recruiting.getId());
        assertThat(closeCall.calls()).containsExactly(recruiting.getId());
        assertThat(summarizeShortlist.calls()).isEmpty();
        assertThat(notifyCandidates.calls()).isEmpty();
        assertThat(admitToPartnerPool.calls()).isEmpty();
    }

    @Test
    void applicationRejectedAtScreeningIsNotInterviewed() {
        // Given one application, waiting for the recruiter
        submittedApplications.add(101L);
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        assertThat(recruiting).isWaitingAt(SCREEN_APPLICATION);

        // When the recruiter rejects it
        screen(recruiting, 101L, REJECT);

        // Then nobody is on the shortlist and the committee has nothing to select
        assertThat(recruiting)
                .hasPassed(REJECTED_AT_SCREENING, SUMMARIZE_SHORTLIST, OUTCOME_KNOWN)
                .hasNotPassed(INTERVIEW_CANDIDATE, SELECT_COHORT)
                .isWaitingAt(NOTIFY_CANDIDATES);
        assertThat(shortlistSize(recruiting)).isZero();

        // When the notification job runs
        runNotification(recruiting);

        // Then the candidate hears back and recruiting completes
        assertCompleted(recruiting);
    }

    @Test
    void candidateRejectedAtInterviewIsNotOfferedToTheCommittee() {
        // Given a shortlisted application, waiting for its interview
        submittedApplications.add(102L);
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        screen(recruiting, 102L, SHORTLIST);
        assertThat(recruiting).isWaitingAt(INTERVIEW_CANDIDATE);

        // When the interviewer does not recommend the candidate
        interview(recruiting, 102L, NOT_RECOMMEND);

        // Then the committee is skipped and the candidate is notified
        assertThat(recruiting)
                .hasPassed(REJECTED_AT_INTERVIEW)
                .hasNotPassed(CANDIDATE_RECOMMENDED, SELECT_COHORT)
                .isWaitingAt(NOTIFY_CANDIDATES);
        assertThat(shortlistSize(recruiting)).isZero();
        runNotification(recruiting);
        assertCompleted(recruiting);
    }

    @Test
    void recommendedCandidateIsSelectedNotifiedAndAdmitted() {
        // Given a candidate who passed screening
        submittedApplications.add(103L);
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        screen(recruiting, 103L, SHORTLIST);

        // When the interviewer recommends the candidate
        interview(recruiting, 103L, RECOMMEND);

        // Then the selection committee picks the cohort from a shortlist of one
        assertThat(recruiting).hasPassed(CANDIDATE_RECOMMENDED).isWaitingAt(SELECT_COHORT);
        assertThat(shortlistSize(recruiting)).isEqualTo(1L);

        // When the committee confirms the cohort and the notification job runs
        complete(task(SELECT_COHORT, recruiting));
        assertThat(recruiting).isWaitingAt(NOTIFY_CANDIDATES);
        runNotification(recruiting);

        // Then every stage of the happy path was passed, in order
        assertThat(recruiting)
                .hasPassedInOrder(RECRUITING_STARTED, OPEN_CALL, APPLICATION_WINDOW_CLOSED, CLOSE_CALL,
                        ANY_APPLICATIONS, SCREEN_APPLICATION, SCREENING_OUTCOME, INTERVIEW_CANDIDATE,
                        INTERVIEW_OUTCOME, CANDIDATE_RECOMMENDED, SUMMARIZE_SHORTLIST, ANY_SHORTLISTED,
                        SELECT_COHORT, OUTCOME_KNOWN, NOTIFY_CANDIDATES, ADMIT_TO_PARTNER_POOL,
                        RECRUITING_COMPLETED);
        assertCompleted(recruiting);
    }

    @Test
    void parallelAssessmentsKeepTheirDecisionsToThemselves() {
        // Given three applications assessed in parallel
        submittedApplications.addAll(List.of(201L, 202L, 203L));
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        assertThat(taskQuery().processInstanceId(recruiting.getId()).taskDefinitionKey(SCREEN_APPLICATION).count())
                .isEqualTo(3);

        // When the recruiter shortlists one of them
        screen(recruiting, 202L, SHORTLIST);

        // Then the decision stays in that assessment: the others are still undecided
        assertThat(decisionSeenBy(taskFor(recruiting, SCREEN_APPLICATION, 201L), SCREENING_DECISION)).isNull();
        assertThat(decisionSeenBy(taskFor(recruiting, SCREEN_APPLICATION, 203L), SCREENING_DECISION)).isNull();
        assertThat(runtimeService().getVariableLocal(recruiting.getId(), SCREENING_DECISION)).isNull();

        // When another one is rejected and the third shortlisted
        screen(recruiting, 201L, REJECT);
        screen(recruiting, 203L, SHORTLIST);

        // Then the rejection did not overwrite the shortlisted ones
        assertThat(decisionSeenBy(taskFor(recruiting, INTERVIEW_CANDIDATE, 202L), SCREENING_DECISION))
                .isEqualTo(SHORTLIST);
        assertThat(decisionSeenBy(taskFor(recruiting, INTERVIEW_CANDIDATE, 203L), SCREENING_DECISION))
                .isEqualTo(SHORTLIST);

        // When one interviewer advises against a candidate
        interview(recruiting, 203L, NOT_RECOMMEND);

        // Then the other interview is still open and undecided
        assertThat(decisionSeenBy(taskFor(recruiting, INTERVIEW_CANDIDATE, 202L), INTERVIEW_RECOMMENDATION))
                .isNull();

        // When the remaining candidate is recommended
        interview(recruiting, 202L, RECOMMEND);

        // Then each application ended on its own path and only one reached the shortlist
        assertThat(recruiting).isWaitingAt(SELECT_COHORT);
        assertThat(passes(recruiting, REJECTED_AT_SCREENING)).isEqualTo(1);
        assertThat(passes(recruiting, REJECTED_AT_INTERVIEW)).isEqualTo(1);
        assertThat(passes(recruiting, CANDIDATE_RECOMMENDED)).isEqualTo(1);
        assertThat(shortlistSize(recruiting)).isEqualTo(1L);

        // and every decision lived in the scope of its own assessment, never in the process scope
        List<HistoricVariableInstance> screeningDecisions = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(recruiting.getId())
                .variableName(SCREENING_DECISION)
                .list();
        assertThat(screeningDecisions)
                .extracting(HistoricVariableInstance::getValue)
                .containsExactlyInAnyOrder(REJECT, SHORTLIST, SHORTLIST);
        assertThat(screeningDecisions)
                .extracting(HistoricVariableInstance::getExecutionId)
                .doesNotHaveDuplicates()
                .doesNotContain(recruiting.getId());
        assertThat(runtimeService().getVariables(recruiting.getId()))
                .doesNotContainKeys(SCREENING_DECISION, INTERVIEW_RECOMMENDATION, APPLICATION_ID);

        complete(task(SELECT_COHORT, recruiting));
        runNotification(recruiting);
        assertCompleted(recruiting);
    }

    @Test
    void nobodyRecommendedSkipsTheCohortSelection() {
        // Given two applications
        submittedApplications.addAll(List.of(301L, 302L));
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);

        // When one is rejected at screening and the other at the interview
        screen(recruiting, 301L, REJECT);
        screen(recruiting, 302L, SHORTLIST);
        interview(recruiting, 302L, NOT_RECOMMEND);

        // Then the committee is not asked to select anyone
        assertThat(shortlistSize(recruiting)).isZero();
        assertThat(recruiting)
                .hasPassed(SUMMARIZE_SHORTLIST, ANY_SHORTLISTED, OUTCOME_KNOWN)
                .hasNotPassed(SELECT_COHORT)
                .isWaitingAt(NOTIFY_CANDIDATES);
        assertThat(taskQuery().processInstanceId(recruiting.getId()).count()).isZero();

        // and both candidates still hear back
        runNotification(recruiting);
        assertCompleted(recruiting);
    }

    @Test
    void screeningCannotBeCompletedWithoutADecision() {
        // Given an application waiting for the recruiter
        submittedApplications.add(111L);
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        Task screening = taskFor(recruiting, SCREEN_APPLICATION, 111L);

        // When the task is completed with an unknown decision
        assertThatThrownBy(() -> complete(screening, withVariables(SCREENING_DECISION, "MAYBE")))
                .hasMessageContaining(SCREENING_OUTCOME);

        // Then nothing moved: the task is still open and undecided
        assertThat(recruiting).isWaitingAt(SCREEN_APPLICATION);
        assertThat(decisionSeenBy(taskFor(recruiting, SCREEN_APPLICATION, 111L), SCREENING_DECISION)).isNull();
    }

    // ------------------------------------------------------------------ timers, jobs and tasks

    @Test
    void waitsForTheApplicationDeadline() {
        // Given a started recruiting
        ProcessInstance recruiting = startRecruiting();

        // Then it waits on a timer due exactly at the deadline given at start
        assertThat(recruiting).isWaitingAt(APPLICATION_WINDOW_CLOSED);
        assertThat(openCall.calls()).containsExactly(recruiting.getId());
        Job timer = jobAt(recruiting, APPLICATION_WINDOW_CLOSED);
        assertThat(timer.getDuedate()).hasSameTimeAs(Date.from(DEADLINE.toInstant()));
        assertThat(jobQuery().processInstanceId(recruiting.getId()).timers().count()).isEqualTo(1);

        // and the job executor would not pick it up a minute before the deadline
        ClockUtil.setCurrentTime(Date.from(DEADLINE.minusMinutes(1).toInstant()));
        assertThat(jobQuery().processInstanceId(recruiting.getId()).executable().count()).isZero();

        // When the deadline has passed
        ClockUtil.setCurrentTime(Date.from(DEADLINE.toInstant()));
        assertThat(jobQuery().processInstanceId(recruiting.getId()).executable().count()).isEqualTo(1);
        execute(timer);

        // Then closing the call is a job of its own, so the timer commits first
        assertThat(recruiting).isWaitingAt(CLOSE_CALL);
        assertThat(closeCall.calls()).isEmpty();
        execute(jobAt(recruiting, CLOSE_CALL));
        assertThat(closeCall.calls()).containsExactly(recruiting.getId());
    }

    @Test
    void userTasksReachTheRightGroupsWithTheirFormsAndDueDates() {
        // Given one application after the window closed
        submittedApplications.add(401L);
        ProcessInstance recruiting = startRecruiting();
        closeApplicationWindow(recruiting);
        ZonedDateTime now = DEADLINE;

        // Then the recruiters screen it within a week, the task naming the application
        Task screening = taskFor(recruiting, SCREEN_APPLICATION, 401L);
        assertThat(screening)
                .hasName("Screen written application")
                .hasCandidateGroup(RECRUITER_GROUP)
                .hasFormKey(SCREEN_APPLICATION_FORM)
                .hasDescription("Application 401");
        assertThat(screening.getDueDate()).hasSameTimeAs(Date.from(now.plusDays(SCREEN_APPLICATION_DUE_DAYS).toInstant()));

        // When it is shortlisted two days later
        now = now.plusDays(2);
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        screen(recruiting, 401L, SHORTLIST);

        // Then the interviewers have two weeks for the interview
        Task interview = taskFor(recruiting, INTERVIEW_CANDIDATE, 401L);
        assertThat(interview)
                .hasName("Hold selection interview")
                .hasCandidateGroup(INTERVIEWER_GROUP)
                .hasFormKey(INTERVIEW_CANDIDATE_FORM)
                .hasDescription("Application 401");
        assertThat(interview.getDueDate()).hasSameTimeAs(Date.from(now.plusDays(INTERVIEW_CANDIDATE_DUE_DAYS).toInstant()));

        // When the candidate is recommended
        now = now.plusDays(5);
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        interview(recruiting, 401L, RECOMMEND);

        // Then the selection committee has a week to select the cohort
        Task selection = task(SELECT_COHORT, recruiting);
        assertThat(selection)
                .hasName("Select the cohort")
                .hasCandidateGroup(SELECTION_COMMITTEE_GROUP)
                .hasFormKey(SELECT_COHORT_FORM);
        assertThat(selection.getDueDate()).hasSameTimeAs(Date.from(now.plusDays(SELECT_COHORT_DUE_DAYS).toInstant()));
    }

    @Test
    void applicationIdsAreAJavaListOfLongs() {
        // Given two applications
        submittedApplications.addAll(List.of(501L, 502L));
        ProcessInstance recruiting = startRecruiting();

        // When the call closes and publishes them
        closeApplicationWindow(recruiting);

        // Then the list is stored with the engine's default (Java) serialization and reads back intact
        ObjectValue applicationIds = runtimeService().getVariableTyped(recruiting.getId(), APPLICATION_IDS);
        assertThat(applicationIds.getSerializationDataFormat()).isEqualTo(SerializationDataFormats.JAVA.getName());
        assertThat(applicationIds.getValue()).isEqualTo(List.of(501L, 502L));
        assertThat(runtimeService().getVariable(recruiting.getId(), APPLICATION_COUNT)).isEqualTo(2);

        // and each assessment gets its own element as a Long
        List<Object> assessedIds = taskQuery().processInstanceId(recruiting.getId()).list().stream()
                .map(task -> taskService().getVariable(task.getId(), APPLICATION_ID))
                .toList();
        assertThat(assessedIds).containsExactlyInAnyOrder(501L, 502L);
    }

    @Test
    void failingToCloseTheCallIsRetriedEveryFiveMinutes() {
        // Given a call whose closing fails once
        submittedApplications.add(601L);
        closeCall.failNextCall();
        ProcessInstance recruiting = startRecruiting();
        ClockUtil.setCurrentTime(Date.from(DEADLINE.toInstant()));
        execute(jobAt(recruiting, APPLICATION_WINDOW_CLOSED));

        // When the job fails
        Job closing = jobAt(recruiting, CLOSE_CALL);
        assertThatThrownBy(() -> managementService().executeJob(closing.getId()))
                .hasMessageContaining("mail server unavailable");

        // Then the timer's work is kept and the job is retried in five minutes, twice more at most
        assertThat(recruiting).hasPassed(APPLICATION_WINDOW_CLOSED).isWaitingAt(CLOSE_CALL);
        Job retry = jobAt(recruiting, CLOSE_CALL);
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getExceptionMessage()).contains("mail server unavailable");
        assertThat(retry.getDuedate()).hasSameTimeAs(Date.from(DEADLINE.plusMinutes(5).toInstant()));

        // When the retry succeeds
        ClockUtil.setCurrentTime(Date.from(DEADLINE.plusMinutes(5).toInstant()));
        execute(retry);

        // Then the applications are assessed as usual
        assertThat(recruiting).isWaitingAt(SCREEN_APPLICATION);
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance startRecruiting() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables(
                CAMPAIGN_ID, CAMPAIGN,
                APPLICATION_DEADLINE, Date.from(DEADLINE.toInstant())));
    }

    /** The deadline passes: the timer fires, then the asynchronous close of the call runs. */
    private void closeApplicationWindow(ProcessInstance recruiting) {
        ClockUtil.setCurrentTime(Date.from(DEADLINE.toInstant()));
        execute(jobAt(recruiting, APPLICATION_WINDOW_CLOSED));
        assertThat(recruiting).isWaitingAt(CLOSE_CALL);
        execute(jobAt(recruiting, CLOSE_CALL));
    }

    private void screen(ProcessInstance recruiting, long applicationId, String decision) {
        complete(taskFor(recruiting, SCREEN_APPLICATION, applicationId), withVariables(SCREENING_DECISION, decision));
    }

    private void interview(ProcessInstance recruiting, long applicationId, String recommendation) {
        Task interview = taskFor(recruiting, INTERVIEW_CANDIDATE, applicationId);
        recordedRecommendations.put(applicationId, recommendation);
        complete(interview, withVariables(INTERVIEW_RECOMMENDATION, recommendation));
    }

    private void runNotification(ProcessInstance recruiting) {
        assertThat(notifyCandidates.calls()).isEmpty();
        execute(jobAt(recruiting, NOTIFY_CANDIDATES));
    }

    private void assertCompleted(ProcessInstance recruiting) {
        assertThat(recruiting).hasPassed(NOTIFY_CANDIDATES, ADMIT_TO_PARTNER_POOL, RECRUITING_COMPLETED).isEnded();
        assertThat(summarizeShortlist.calls()).containsExactly(recruiting.getId());
        assertThat(notifyCandidates.calls()).containsExactly(recruiting.getId());
        assertThat(admitToPartnerPool.calls()).containsExactly(recruiting.getId());
    }

    // ------------------------------------------------------------------ queries

    /** The one open task of the given kind for the given application. */
    private static Task taskFor(ProcessInstance recruiting, String taskDefinitionKey, long applicationId) {
        List<Task> tasks = taskQuery()
                .processInstanceId(recruiting.getId())
                .taskDefinitionKey(taskDefinitionKey)
                .initializeFormKeys()
                .list().stream()
                .filter(task -> Long.valueOf(applicationId).equals(taskService().getVariable(task.getId(), APPLICATION_ID)))
                .toList();
        assertThat(tasks).as("open %s tasks for application %d", taskDefinitionKey, applicationId).hasSize(1);
        return tasks.get(0);
    }

    /** A variable as the task's form would read it: from the task's scope upwards. */
    private static Object decisionSeenBy(Task task, String variableName) {
        return taskService().getVariable(task.getId(), variableName);
    }

    private static Job jobAt(ProcessInstance recruiting, String activityId) {
        return jobQuery().processInstanceId(recruiting.getId()).activityId(activityId).singleResult();
    }

    private static long shortlistSize(ProcessInstance recruiting) {
        Number shortlistSize = (Number) runtimeService().getVariable(recruiting.getId(), SHORTLIST_SIZE);
        assertThat(shortlistSize).as(SHORTLIST_SIZE).isNotNull();
        return shortlistSize.longValue();
    }

    private static long passes(ProcessInstance recruiting, String activityId) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(recruiting.getId())
                .activityId(activityId)
                .finished()
                .count();
    }

    // ------------------------------------------------------------------ stand-in delegates

    /**
     * A delegate that does what the real one promises to the process and remembers for which
     * process instances it completed. It can be told to fail once, like a real side effect.
     */
    static final class RecordingDelegate implements JavaDelegate {

        @FunctionalInterface
        interface Behaviour {
            void perform(DelegateExecution execution) throws Exception;
        }

        private final Behaviour behaviour;
        private final List<String> calls = new ArrayList<>();
        private boolean failNextCall;

        RecordingDelegate(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        void failNextCall() {
            failNextCall = true;
        }

        List<String> calls() {
            return calls;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            if (failNextCall) {
                failNextCall = false;
                throw new IllegalStateException("mail server unavailable");
            }
            behaviour.perform(execution);
            calls.add(execution.getProcessInstanceId());
        }
    }
}
