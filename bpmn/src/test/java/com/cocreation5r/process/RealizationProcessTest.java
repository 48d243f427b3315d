package com.cocreation5r.process;

import static com.cocreation5r.process.RealizationProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Walks the Realization stage through every path with stand-in delegates: a duplicate found at
 * triage, an accepted idea taken on and implemented, one declined back to triage and re-routed, a
 * rejection explained, acknowledged and archived (or archived unanswered), the triage escalation,
 * the hand-over reminder and escalation,
 * a conflicted evaluator replaced, the executive's fast-track and a reopened idea. Timers are
 * fired explicitly with the engine clock pinned.
 */
@Deployment(resources = "models/realization.bpmn")
class RealizationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long CAMPAIGN = 42L;
    private static final long IDEA = 7L;
    private static final String PARTNER = "paul";
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());
    private static final Date TRIAGE_DEADLINE = Date.from(TODAY.plusDays(TRIAGE_DUE_DAYS).toInstant());
    private static final Date LATER = Date.from(TODAY.plusDays(5).toInstant());
    private static final Date HAND_OVER_REMINDER = Date.from(TODAY.plusDays(3).toInstant());

    /** What the stand-in delegates did, by delegate name, in order. */
    private final List<String> calls = new ArrayList<>();
    /** Evaluators who will declare a conflict when their task completes. */
    private final Set<String> conflicted = new HashSet<>();
    /** Who the stand-in replaces a conflicted evaluator with. */
    private final Map<String, String> replacements = new HashMap<>(Map.of("eva", "emil"));
    private final List<String> escalated = new ArrayList<>();
    private final List<String> handOverReminders = new ArrayList<>();
    private final List<String> handOverEscalations = new ArrayList<>();
    private String outcome = ACCEPTED;

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        Mocks.register(OPEN_REALIZATION_DELEGATE, (JavaDelegate) execution -> {
            calls.add(OPEN_REALIZATION_DELEGATE);
            execution.setVariable(TRIAGE_DUE, TRIAGE_DEADLINE);
        });
        Mocks.register(DESCRIBE_IDEA_TASK_LISTENER, (TaskListener) task -> task.setDescription("Idea " + IDEA));
        Mocks.register(ASSIGN_TRIAGE_LISTENER, (TaskListener) task -> task.setAssignee("tom"));
        Mocks.register(RELEASE_TRIAGE_LISTENER, (TaskListener) task -> calls.add(RELEASE_TRIAGE_LISTENER));
        Mocks.register(ESCALATE_TRIAGE_DELEGATE, (JavaDelegate) execution -> escalated.add(ideaOf(execution)));
        Mocks.register(PREPARE_EVALUATION_DELEGATE, (JavaDelegate) execution -> {
            calls.add(PREPARE_EVALUATION_DELEGATE);
            execution.setVariable(EVALUATORS, new ArrayList<>(List.of("eva", "ethan")));
            execution.setVariable(EVALUATION_DUE, LATER);
        });
        Mocks.register(REVIEW_CONFLICTS_DELEGATE, (JavaDelegate) execution -> {
            calls.add(REVIEW_CONFLICTS_DELEGATE);
            @SuppressWarnings("unchecked")
            List<String> lastRound = (List<String>) execution.getVariable(EVALUATORS);
            ArrayList<String> next = new ArrayList<>();
            lastRound.stream().filter(conflicted::contains).map(replacements::get).forEach(next::add);
            conflicted.clear();
            execution.setVariable(EVALUATORS, next);
            execution.setVariable(REPLACEMENTS_NEEDED, !next.isEmpty());
        });
        Mocks.register(COMPUTE_SCORE_DELEGATE, (JavaDelegate) execution -> {
            calls.add(COMPUTE_SCORE_DELEGATE);
            execution.setVariable(WEIGHTED_SCORE, ACCEPTED.equals(outcome) ? 72.5 : 31.0);
            execution.setVariable(OUTCOME, outcome);
        });
        Mocks.register(ACCEPT_IDEA_DELEGATE, (JavaDelegate) execution -> {
            calls.add(ACCEPT_IDEA_DELEGATE);
            execution.setVariable(HAND_OVER_DUE, LATER);
            execution.setVariable(HAND_OVER_REMINDER_AT, HAND_OVER_REMINDER);
        });
        Mocks.register(REMIND_HAND_OVER_DELEGATE, (JavaDelegate) execution -> handOverReminders.add(ideaOf(execution)));
        Mocks.register(ESCALATE_HAND_OVER_DELEGATE,
                (JavaDelegate) execution -> handOverEscalations.add(ideaOf(execution)));
        Mocks.register(RETURN_TO_TRIAGE_DELEGATE, (JavaDelegate) execution -> {
            calls.add(RETURN_TO_TRIAGE_DELEGATE);
            execution.setVariable(TRIAGE_DUE, TRIAGE_DEADLINE);
        });
        Mocks.register(REJECT_IDEA_DELEGATE, (JavaDelegate) execution -> {
            calls.add(REJECT_IDEA_DELEGATE);
            execution.setVariable(EXPLANATION_DUE, LATER);
        });
        Mocks.register(ARCHIVE_IDEA_DELEGATE, (JavaDelegate) execution -> calls.add(ARCHIVE_IDEA_DELEGATE));
        Mocks.register(IDEA_AUTHOR_BEAN, new IdeaAuthorStandIn());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        reset();
    }

    /** Names the idea's partner, as the application's bean does from the database. */
    public static class IdeaAuthorStandIn {
        public String userIdOf(Long ideaId) {
            return ideaId == IDEA ? PARTNER : null;
        }
    }

    // ------------------------------------------------------------------ paths

    @Test
    void aDuplicateFoundAtTriageIsArchived() {
        ProcessInstance realization = start();
        assertThat(realization).isWaitingAt(TRIAGE_IDEA);
        // assigned round-robin, and still offered to the group should the manager give it back
        assertThat(task(realization)).hasFormKey(TRIAGE_IDEA_FORM).isAssignedTo("tom").hasDueDate(TRIAGE_DEADLINE)
                .hasDescription("Idea " + IDEA);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(realization).getId()))
                .anyMatch(link -> TRIAGE_MANAGER_GROUP.equals(link.getGroupId()));

        triage(realization, DUPLICATE);

        assertThat(realization).hasPassedInOrder(OPEN_REALIZATION, TRIAGE_IDEA, DUPLICATE_FOUND, ASSESSMENT_OUTCOME,
                ARCHIVE_IDEA, IDEA_ARCHIVED).hasNotPassed(PREPARE_EVALUATION, EVALUATE_IDEA, REJECT_IDEA).isEnded();
        assertThat(calls).containsExactly(OPEN_REALIZATION_DELEGATE, ARCHIVE_IDEA_DELEGATE);
    }

    @Test
    void evaluatorsScoreInParallelAndAnAcceptedIdeaIsTakenOnAndImplemented() {
        ProcessInstance realization = start();
        triage(realization, EVALUATE);

        // two evaluation tasks at once, each assigned to its evaluator
        assertThat(evaluations(realization)).extracting(Task::getAssignee).containsExactlyInAnyOrder("eva", "ethan");
        assertThat(evaluations(realization)).allSatisfy(task -> assertThat(task).hasFormKey(EVALUATE_IDEA_FORM)
                .hasDueDate(LATER));
        complete(evaluationOf(realization, "eva"));
        assertThat(realization).isWaitingAt(EVALUATE_IDEA).hasNotPassed(COMPUTE_SCORE);
        complete(evaluationOf(realization, "ethan"));

        // the score accepts it: the execution department is asked to take it on
        assertThat(realization).hasPassedInOrder(REVIEW_CONFLICTS, ANY_CONFLICTS, COMPUTE_SCORE, ASSESSMENT_COMPLETED,
                ACCEPT_IDEA).isWaitingAt(HAND_OVER_IDEA);
        assertThat(task(realization)).hasCandidateGroup(EXECUTION_GROUP).hasFormKey(HAND_OVER_IDEA_FORM)
                .hasDueDate(LATER);
        complete(task(realization), Map.of(HAND_OVER_TAKEN, true));

        assertThat(realization).isWaitingAt(TRACK_IMPLEMENTATION);
        assertThat(task(realization)).hasCandidateGroup(EXECUTION_GROUP).hasFormKey(TRACK_IMPLEMENTATION_FORM);
        complete(task(realization));
        assertThat(realization).hasPassed(IDEA_IMPLEMENTED).hasNotPassed(RETURN_TO_TRIAGE, REJECT_IDEA).isEnded();
        assertThat(calls).containsExactly(OPEN_REALIZATION_DELEGATE, PREPARE_EVALUATION_DELEGATE,
                REVIEW_CONFLICTS_DELEGATE, COMPUTE_SCORE_DELEGATE, ACCEPT_IDEA_DELEGATE);
    }

    @Test
    void aDeclinedHandOverGoesBackToTriageAndCanBeReroutedWithoutASecondEvaluation() {
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));

        complete(task(realization), Map.of(HAND_OVER_TAKEN, false));

        // back at triage, with a new deadline
        assertThat(realization).hasPassed(RETURN_TO_TRIAGE).isWaitingAt(TRIAGE_IDEA);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(realization.getId())
                .activityId(TRIAGE_IDEA).count()).isEqualTo(2);

        // the manager routes it to another department: straight to the hand-over again
        triage(realization, HAND_OVER);
        assertThat(realization).hasPassed(REROUTED_TO_EXECUTION).isWaitingAt(HAND_OVER_IDEA);
        assertThat(calls).containsExactly(OPEN_REALIZATION_DELEGATE, PREPARE_EVALUATION_DELEGATE,
                REVIEW_CONFLICTS_DELEGATE, COMPUTE_SCORE_DELEGATE, ACCEPT_IDEA_DELEGATE, RETURN_TO_TRIAGE_DELEGATE,
                ACCEPT_IDEA_DELEGATE);
        complete(task(realization), Map.of(HAND_OVER_TAKEN, true));
        assertThat(realization).isWaitingAt(TRACK_IMPLEMENTATION);
    }

    @Test
    void aRejectionIsExplainedOneToOneAcknowledgedByThePartnerAndArchived() {
        outcome = REJECTED;
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));

        assertThat(realization).hasPassed(REJECT_IDEA).isWaitingAt(EXPLAIN_REJECTION).hasNotPassed(ACCEPT_IDEA);
        assertThat(task(realization)).hasCandidateGroup(DOMAIN_EXPERT_GROUP).hasFormKey(EXPLAIN_REJECTION_FORM)
                .hasDueDate(LATER);
        complete(task(realization), Map.of(ACKNOWLEDGEMENT_DUE, LATER));

        // the partner, and only the partner, is asked to acknowledge it
        assertThat(realization).isWaitingAt(ACKNOWLEDGE_EXPLANATION);
        Task acknowledgement = task(realization);
        assertThat(acknowledgement).isAssignedTo(PARTNER).hasFormKey(ACKNOWLEDGE_EXPLANATION_FORM).hasDueDate(LATER);
        assertThat(engine.getTaskService().getIdentityLinksForTask(acknowledgement.getId()))
                .noneMatch(link -> link.getGroupId() != null);
        complete(acknowledgement);

        assertThat(realization).hasPassedInOrder(EXPLAIN_REJECTION, ACKNOWLEDGE_EXPLANATION, ARCHIVE_IDEA,
                IDEA_ARCHIVED).hasNotPassed(ACKNOWLEDGEMENT_DEADLINE_PASSED).isEnded();
        assertThat(calls).endsWith(REJECT_IDEA_DELEGATE, ARCHIVE_IDEA_DELEGATE);
    }

    @Test
    void anUnacknowledgedExplanationIsArchivedAtItsDeadline() {
        outcome = REJECTED;
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));
        complete(task(realization), Map.of(ACKNOWLEDGEMENT_DUE, LATER));
        Job deadline = managementService().createJobQuery().processInstanceId(realization.getId()).timers()
                .activityId(ACKNOWLEDGEMENT_DEADLINE_PASSED).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(LATER);

        ClockUtil.setCurrentTime(LATER);
        execute(deadline);

        assertThat(realization).hasPassed(ACKNOWLEDGEMENT_DEADLINE_PASSED, ARCHIVE_IDEA, IDEA_ARCHIVED).isEnded();
        assertThat(taskQuery().processInstanceId(realization.getId()).count()).isZero();
    }

    @Test
    void anOverdueTriageIsEscalatedAndStaysOpen() {
        ProcessInstance realization = start();
        Task triage = task(realization);
        Job deadline = managementService().createJobQuery().processInstanceId(realization.getId()).timers()
                .activityId(TRIAGE_DEADLINE_PASSED).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(TRIAGE_DEADLINE);

        ClockUtil.setCurrentTime(TRIAGE_DEADLINE);
        execute(deadline);

        assertThat(escalated).containsExactly("7");
        assertThat(realization).hasPassed(ESCALATE_TRIAGE, TRIAGE_ESCALATED).isWaitingAt(TRIAGE_IDEA);
        assertThat(task(realization).getId()).isEqualTo(triage.getId());

        // the escalated triage completes as usual
        triage(realization, DUPLICATE);
        assertThat(realization).isEnded();
    }

    @Test
    void anUnansweredHandOverIsRemindedThenEscalatedAndStaysOpenUntilDecided() {
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));
        Task handOver = task(realization);
        Job reminder = timer(realization, HAND_OVER_REMINDER_DUE);
        Job deadline = timer(realization, HAND_OVER_DEADLINE_PASSED);
        assertThat(reminder.getDuedate()).isEqualTo(HAND_OVER_REMINDER);
        assertThat(deadline.getDuedate()).isEqualTo(LATER);

        ClockUtil.setCurrentTime(HAND_OVER_REMINDER);
        execute(reminder);

        assertThat(handOverReminders).containsExactly("7");
        assertThat(handOverEscalations).isEmpty();
        assertThat(realization).hasPassed(REMIND_HAND_OVER, HAND_OVER_REMINDED).isWaitingAt(HAND_OVER_IDEA);

        ClockUtil.setCurrentTime(LATER);
        execute(deadline);

        assertThat(handOverEscalations).containsExactly("7");
        assertThat(realization).hasPassed(ESCALATE_HAND_OVER, HAND_OVER_ESCALATED).isWaitingAt(HAND_OVER_IDEA);
        assertThat(task(realization).getId()).isEqualTo(handOver.getId());
        // the escalated hand-over is still decided on its own task, here declined back to triage
        complete(task(realization), Map.of(HAND_OVER_TAKEN, false));
        assertThat(realization).hasPassed(RETURN_TO_TRIAGE).isWaitingAt(TRIAGE_IDEA);
        assertThat(managementService().createJobQuery().processInstanceId(realization.getId()).timers()
                .activityId(HAND_OVER_DEADLINE_PASSED).count()).isZero();
    }

    @Test
    void aHandOverDecidedInTimeCancelsItsReminderAndEscalation() {
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));

        complete(task(realization), Map.of(HAND_OVER_TAKEN, true));

        assertThat(realization).isWaitingAt(TRACK_IMPLEMENTATION).hasNotPassed(REMIND_HAND_OVER, ESCALATE_HAND_OVER);
        assertThat(managementService().createJobQuery().processInstanceId(realization.getId()).timers().count())
                .isZero();
    }

    @Test
    void anEvaluatorWhoDeclaresAConflictIsReplacedAndTheScoreWaitsForTheReplacement() {
        conflicted.add("eva");
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        evaluations(realization).forEach(task -> complete(task));

        // eva declared a conflict: emil evaluates in her place, ethan is not asked again
        assertThat(realization).isWaitingAt(EVALUATE_IDEA).hasNotPassed(COMPUTE_SCORE);
        assertThat(evaluations(realization)).extracting(Task::getAssignee).containsExactly("emil");
        complete(evaluationOf(realization, "emil"));

        assertThat(realization).hasPassed(COMPUTE_SCORE).isWaitingAt(HAND_OVER_IDEA);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(realization.getId())
                .taskDefinitionKey(EVALUATE_IDEA).list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("eva", "ethan", "emil");
        assertThat(calls).containsSubsequence(REVIEW_CONFLICTS_DELEGATE, REVIEW_CONFLICTS_DELEGATE,
                COMPUTE_SCORE_DELEGATE);
    }

    @Test
    void anExecutiveFastTracksTheIdeaOutOfEvaluation() {
        ProcessInstance realization = start();
        triage(realization, EVALUATE);
        complete(evaluationOf(realization, "eva"));

        runtimeService().createMessageCorrelation(FAST_TRACK_MESSAGE)
                .processInstanceVariableEquals(IDEA_ID, IDEA).correlate();

        // the open evaluation is withdrawn and the idea goes to the execution department
        assertThat(realization).hasPassed(FAST_TRACKED, ACCEPT_IDEA).hasNotPassed(COMPUTE_SCORE)
                .isWaitingAt(HAND_OVER_IDEA);
        assertThat(evaluations(realization)).isEmpty();
        assertThat(calls).doesNotContain(COMPUTE_SCORE_DELEGATE).endsWith(ACCEPT_IDEA_DELEGATE);
    }

    @Test
    void anExecutiveCanFastTrackAnIdeaStillInTriage() {
        ProcessInstance realization = start();

        runtimeService().correlateMessage(FAST_TRACK_MESSAGE, realization.getBusinessKey(), Map.of(IDEA_ID, IDEA),
                Map.of());

        assertThat(realization).hasPassed(FAST_TRACKED).hasNotPassed(PREPARE_EVALUATION).isWaitingAt(HAND_OVER_IDEA);
        // the withdrawn triage is released from its manager's load
        assertThat(calls).containsSubsequence(OPEN_REALIZATION_DELEGATE, RELEASE_TRIAGE_LISTENER, ACCEPT_IDEA_DELEGATE);
        // only the hand-over's own reminder and deadline are left: the triage deadline went with the triage
        assertThat(managementService().createJobQuery().processInstanceId(realization.getId()).list())
                .extracting(Job::getDuedate).containsExactlyInAnyOrder(HAND_OVER_REMINDER, LATER);
    }

    @Test
    void aReopenedIdeaStartsANewRealizationWithTheSameVariables() {
        outcome = REJECTED;
        ProcessInstance first = start();
        triage(first, EVALUATE);
        evaluations(first).forEach(task -> complete(task));
        complete(task(first), Map.of(ACKNOWLEDGEMENT_DUE, LATER));
        complete(task(first));
        assertThat(first).isEnded();

        // reopening starts the process again for the same idea and campaign
        ProcessInstance second = start();

        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second).isWaitingAt(TRIAGE_IDEA).variables().containsEntry(IDEA_ID, IDEA)
                .containsEntry(CAMPAIGN_ID, CAMPAIGN);
        assertThat(calls.stream().filter(OPEN_REALIZATION_DELEGATE::equals)).hasSize(2);
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "campaign-42",
                Map.of(CAMPAIGN_ID, CAMPAIGN, IDEA_ID, IDEA));
    }

    private void triage(ProcessInstance realization, String decision) {
        Task triage = taskQuery().processInstanceId(realization.getId()).taskDefinitionKey(TRIAGE_IDEA)
                .singleResult();
        Map<String, Object> variables = new HashMap<>(Map.of(TRIAGE_DECISION, decision));
        if (DUPLICATE.equals(decision)) {
            variables.put(OUTCOME, DUPLICATE);
        } else if (HAND_OVER.equals(decision)) {
            variables.put(OUTCOME, ACCEPTED);
        }
        complete(triage, variables);
    }

    private Job timer(ProcessInstance realization, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(realization.getId()).timers()
                .activityId(boundaryEvent).singleResult();
    }

    private List<Task> evaluations(ProcessInstance realization) {
        return taskQuery().processInstanceId(realization.getId()).taskDefinitionKey(EVALUATE_IDEA).list();
    }

    private Task evaluationOf(ProcessInstance realization, String evaluator) {
        return taskQuery().processInstanceId(realization.getId()).taskDefinitionKey(EVALUATE_IDEA)
                .taskAssignee(evaluator).singleResult();
    }

    private static String ideaOf(DelegateExecution execution) {
        return String.valueOf(execution.getVariable(IDEA_ID));
    }
}
