package com.cocreation5r.process;

import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
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
 * Walks the R&amp;R stage through every path with stand-in delegates: legal sending the draft back,
 * every partner accepting, one declining, the reminder before the deadline and the withdrawal at
 * it. Timers are fired explicitly with the engine clock pinned.
 */
@Deployment(resources = "models/rules-and-responsibilities.bpmn")
class RulesAndResponsibilitiesProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());
    private static final Date DEADLINE = Date.from(TODAY.plusDays(14).toInstant());
    private static final Date REMINDER = Date.from(TODAY.plusDays(14 - REMINDER_DAYS_BEFORE_DEADLINE).toInstant());

    /** The cohort the inviteCohort stand-in publishes, by engine user id. */
    private final List<String> cohort = new ArrayList<>(List.of("paul", "nari"));

    private final List<Long> invited = new ArrayList<>();
    private final List<String> reminded = new ArrayList<>();
    private final List<String> withdrawn = new ArrayList<>();
    private final List<Long> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        Mocks.register(INVITE_COHORT_DELEGATE, (JavaDelegate) execution -> {
            invited.add((Long) execution.getVariable(CAMPAIGN_ID));
            execution.setVariable(COHORT_PARTNERS, new ArrayList<>(cohort));
        });
        Mocks.register(REMIND_PARTNER_DELEGATE, (JavaDelegate) execution -> reminded.add(partnerOf(execution)));
        Mocks.register(WITHDRAW_PARTNER_DELEGATE, (JavaDelegate) execution -> withdrawn.add(partnerOf(execution)));
        Mocks.register(PUBLISH_EVALUATION_SCHEME_DELEGATE,
                (JavaDelegate) execution -> published.add((Long) execution.getVariable(CAMPAIGN_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void legalSendsTheDraftBackAndTheProgramManagerRedraftsIt() {
        // Given a drafted mission waiting for legal
        ProcessInstance rr = start();
        assertThat(rr).isWaitingAt(DRAFT_MISSION);
        assertThat(task(rr)).hasCandidateGroup(PROGRAM_MANAGER_GROUP).hasFormKey(DRAFT_MISSION_FORM);
        draft(rr);
        assertThat(rr).isWaitingAt(REVIEW_TERMS);
        assertThat(task(rr)).hasCandidateGroup(LEGAL_GROUP).hasFormKey(REVIEW_TERMS_FORM);

        // When legal sends it back
        review(rr, false);

        // Then the program manager drafts again, and nobody has been invited yet
        assertThat(rr).isWaitingAt(DRAFT_MISSION).hasPassedInOrder(DRAFT_MISSION, REVIEW_TERMS, LEGAL_VERDICT, DRAFT_NEEDED)
                .hasNotPassed(INVITE_COHORT);
        assertThat(invited).isEmpty();

        // When the redraft is approved
        draft(rr);
        review(rr, true);

        // Then every partner of the cohort gets their own acceptance task
        assertThat(invited).containsExactly(CAMPAIGN);
        assertThat(acceptTasks(rr)).extracting(Task::getAssignee).containsExactlyInAnyOrder("paul", "nari");
        assertThat(acceptTasks(rr)).allSatisfy(task -> {
            assertThat(task).hasFormKey(ACCEPT_TERMS_FORM).hasDueDate(DEADLINE);
            assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                    .noneMatch(link -> link.getGroupId() != null);
        });
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(rr.getId())
                .activityId(DRAFT_MISSION).count()).isEqualTo(2);
    }

    @Test
    void whenEveryPartnerAcceptsTheSchemeIsPublished() {
        // Given two partners asked to accept
        ProcessInstance rr = startAndApprove();

        // When both accept
        for (Task task : acceptTasks(rr)) {
            decide(task, true);
        }

        // Then the scheme is published once and the stage completes, nobody reminded nor withdrawn
        assertThat(rr).hasPassed(PARTNER_ACCEPTED, PUBLISH_EVALUATION_SCHEME)
                .hasNotPassed(PARTNER_DECLINED, PARTNER_WITHDRAWN, REMIND_PARTNER)
                .isEnded();
        assertThat(rr).hasPassedInOrder(INVITE_COHORT, OBTAIN_CONSENT, PUBLISH_EVALUATION_SCHEME,
                RULES_AND_RESPONSIBILITIES_COMPLETED);
        assertThat(published).containsExactly(CAMPAIGN);
        assertThat(reminded).isEmpty();
        assertThat(withdrawn).isEmpty();
        assertThat(managementService().createJobQuery().processInstanceId(rr.getId()).count()).isZero();
    }

    @Test
    void aPartnerWhoDeclinesLeavesTheOthersToDecide() {
        ProcessInstance rr = startAndApprove();

        decide(acceptTaskOf(rr, "nari"), false);

        // nari is out, paul still decides; the scheme waits for him
        assertThat(rr).hasPassed(PARTNER_DECLINED).isWaitingAt(ACCEPT_TERMS);
        assertThat(acceptTasks(rr)).extracting(Task::getAssignee).containsExactly("paul");
        assertThat(published).isEmpty();

        decide(acceptTaskOf(rr, "paul"), true);
        assertThat(rr).hasPassed(PARTNER_ACCEPTED, PUBLISH_EVALUATION_SCHEME).isEnded();
        assertThat(withdrawn).isEmpty();
    }

    @Test
    void aReminderBeforeTheDeadlineLeavesTheTaskOpen() {
        ProcessInstance rr = startAndApprove();
        Task paulsTask = acceptTaskOf(rr, "paul");
        Job reminder = timerOf(paulsTask, ACCEPTANCE_REMINDER_DUE);
        assertThat(reminder.getDuedate()).isEqualTo(REMINDER);

        // When the reminder is due
        ClockUtil.setCurrentTime(REMINDER);
        execute(reminder);

        // Then paul is reminded, his task stays, and his deadline still stands
        assertThat(reminded).containsExactly("paul");
        assertThat(rr).hasPassed(REMIND_PARTNER, PARTNER_REMINDED).isWaitingAt(ACCEPT_TERMS);
        assertThat(acceptTasks(rr)).extracting(Task::getId).contains(paulsTask.getId());
        assertThat(timerOf(paulsTask, ACCEPTANCE_DEADLINE_PASSED).getDuedate()).isEqualTo(DEADLINE);
        assertThat(withdrawn).isEmpty();

        // And accepting after the reminder counts as usual
        decide(paulsTask, true);
        decide(acceptTaskOf(rr, "nari"), true);
        assertThat(rr).isEnded();
    }

    @Test
    void aPartnerWhoHasNotAcceptedByTheDeadlineIsWithdrawn() {
        ProcessInstance rr = startAndApprove();
        decide(acceptTaskOf(rr, "paul"), true);
        Task narisTask = acceptTaskOf(rr, "nari");
        Job deadline = timerOf(narisTask, ACCEPTANCE_DEADLINE_PASSED);
        assertThat(deadline.getDuedate()).isEqualTo(DEADLINE);

        // When the deadline passes
        ClockUtil.setCurrentTime(DEADLINE);
        execute(deadline);

        // Then nari is withdrawn, her task is gone, and the scheme is published for the rest
        assertThat(withdrawn).containsExactly("nari");
        assertThat(engine.getTaskService().createTaskQuery().taskId(narisTask.getId()).count()).isZero();
        assertThat(rr).hasPassed(ACCEPTANCE_DEADLINE_PASSED, WITHDRAW_PARTNER, PARTNER_WITHDRAWN,
                PARTNER_ACCEPTED, PUBLISH_EVALUATION_SCHEME).isEnded();
        assertThat(published).containsExactly(CAMPAIGN);
    }

    @Test
    void anEmptyCohortPublishesTheSchemeAtOnce() {
        cohort.clear();

        ProcessInstance rr = startAndApprove();

        assertThat(rr).hasNotPassed(ACCEPT_TERMS).hasPassed(PUBLISH_EVALUATION_SCHEME).isEnded();
        assertThat(published).containsExactly(CAMPAIGN);
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "campaign-42", Map.of(CAMPAIGN_ID, CAMPAIGN));
    }

    private ProcessInstance startAndApprove() {
        ProcessInstance rr = start();
        draft(rr);
        review(rr, true);
        return rr;
    }

    /** What the draft form does: the application records the mission and sets the deadline. */
    private void draft(ProcessInstance rr) {
        Task draft = taskQuery().processInstanceId(rr.getId()).taskDefinitionKey(DRAFT_MISSION).singleResult();
        complete(draft, Map.of(ACCEPTANCE_DEADLINE, DEADLINE, ACCEPTANCE_REMINDER, REMINDER));
    }

    private void review(ProcessInstance rr, boolean approved) {
        Task review = taskQuery().processInstanceId(rr.getId()).taskDefinitionKey(REVIEW_TERMS).singleResult();
        complete(review, Map.of(TERMS_APPROVED, approved));
    }

    private void decide(Task acceptTask, boolean accepted) {
        complete(acceptTask, Map.of(TERMS_ACCEPTED, accepted));
    }

    private List<Task> acceptTasks(ProcessInstance rr) {
        return taskQuery().processInstanceId(rr.getId()).taskDefinitionKey(ACCEPT_TERMS).list();
    }

    private Task acceptTaskOf(ProcessInstance rr, String partner) {
        return taskQuery().processInstanceId(rr.getId()).taskDefinitionKey(ACCEPT_TERMS).taskAssignee(partner)
                .singleResult();
    }

    private Job timerOf(Task acceptTask, String boundaryEvent) {
        return managementService().createJobQuery().timers().executionId(acceptTask.getExecutionId())
                .activityId(boundaryEvent).singleResult();
    }

    private static String partnerOf(DelegateExecution execution) {
        return (String) execution.getVariable(PARTNER_USER_ID);
    }
}
