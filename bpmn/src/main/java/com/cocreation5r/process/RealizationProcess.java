package com.cocreation5r.process;

/**
 * Stage ④ Realization ({@code models/realization.bpmn}), one instance per idea: the names the model
 * shares with its delegates, its task forms and its tests.
 *
 * <p>A mid-level manager triages the idea (classifies it, routes it to an execution department or
 * marks it a duplicate) by a deadline, escalated to the program managers when it passes. Evaluators
 * score it in parallel against the published criteria; one who declares a conflict of interest is
 * replaced. The weighted score decides: an accepted idea is handed over to the execution
 * department, which takes it on or declines it back to triage, then tracks its implementation; a
 * rejected idea gets a one-to-one explanation by an internal expert, the partner acknowledges it
 * and the idea is archived. An executive can fast-track the idea at any point before the decision.
 *
 * <p>Started with {@link #CAMPAIGN_ID} and {@link #IDEA_ID} under the campaign's business key; the
 * same variables start a new instance when an archived idea is reopened.
 */
public final class RealizationProcess {

    /** Process definition key, also the model's file name. */
    public static final String PROCESS_KEY = "realization";

    // ---------------------------------------------------------------- activities and events

    public static final String REALIZATION_STARTED = "realizationStarted";
    /** Moves the idea into triage (from submitted, or from the archive when reopened). */
    public static final String OPEN_REALIZATION = "openRealization";
    /** Merges the start and an idea the execution department declined. */
    public static final String ASSESSMENT_NEEDED = "assessmentNeeded";
    /** Embedded subprocess: triage and evaluation, interrupted by a fast-track. */
    public static final String ASSESS_IDEA = "assessIdea";
    public static final String ASSESSMENT_STARTED = "assessmentStarted";
    public static final String TRIAGE_IDEA = "triageIdea";
    /** Non-interrupting timer on {@link #TRIAGE_IDEA}, due at {@link #TRIAGE_DUE}. */
    public static final String TRIAGE_DEADLINE_PASSED = "triageDeadlinePassed";
    public static final String ESCALATE_TRIAGE = "escalateTriage";
    public static final String TRIAGE_ESCALATED = "triageEscalated";
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    public static final String DUPLICATE_FOUND = "duplicateFound";
    /** End event: an idea a department declined goes straight to another department. */
    public static final String REROUTED_TO_EXECUTION = "reroutedToExecution";
    public static final String PREPARE_EVALUATION = "prepareEvaluation";
    /** Merges the first evaluators and the replacements of those who declared a conflict. */
    public static final String EVALUATION_NEEDED = "evaluationNeeded";
    /** Parallel multi-instance user task, one per element of {@link #EVALUATORS}. */
    public static final String EVALUATE_IDEA = "evaluateIdea";
    public static final String EVALUATE_IDEA_MULTI_INSTANCE_BODY = EVALUATE_IDEA + "#multiInstanceBody";
    public static final String REVIEW_CONFLICTS = "reviewConflicts";
    public static final String ANY_CONFLICTS = "anyConflicts";
    public static final String COMPUTE_SCORE = "computeScore";
    public static final String ASSESSMENT_COMPLETED = "assessmentCompleted";
    /** Interrupting message boundary event on {@link #ASSESS_IDEA}: an executive fast-tracked the idea. */
    public static final String FAST_TRACKED = "fastTracked";
    public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
    /** Merges the evaluators' acceptance and an executive's fast-track. */
    public static final String IDEA_ACCEPTED = "ideaAccepted";
    public static final String ACCEPT_IDEA = "acceptIdea";
    public static final String HAND_OVER_IDEA = "handOverIdea";
    /** Non-interrupting timer on {@link #HAND_OVER_IDEA} at {@link #HAND_OVER_REMINDER_AT}. */
    public static final String HAND_OVER_REMINDER_DUE = "handOverReminderDue";
    public static final String REMIND_HAND_OVER = "remindHandOver";
    public static final String HAND_OVER_REMINDED = "handOverReminded";
    /** Non-interrupting timer on {@link #HAND_OVER_IDEA} at {@link #HAND_OVER_DUE}: the task stays open. */
    public static final String HAND_OVER_DEADLINE_PASSED = "handOverDeadlinePassed";
    public static final String ESCALATE_HAND_OVER = "escalateHandOver";
    public static final String HAND_OVER_ESCALATED = "handOverEscalated";
    public static final String HAND_OVER_OUTCOME = "handOverOutcome";
    public static final String RETURN_TO_TRIAGE = "returnToTriage";
    public static final String TRACK_IMPLEMENTATION = "trackImplementation";
    public static final String IDEA_IMPLEMENTED = "ideaImplemented";
    public static final String REJECT_IDEA = "rejectIdea";
    public static final String EXPLAIN_REJECTION = "explainRejection";
    public static final String ACKNOWLEDGE_EXPLANATION = "acknowledgeExplanation";
    /** Interrupting timer on {@link #ACKNOWLEDGE_EXPLANATION}: the idea is archived without an answer. */
    public static final String ACKNOWLEDGEMENT_DEADLINE_PASSED = "acknowledgementDeadlinePassed";
    /** Merges the acknowledged explanation, the unanswered one and a duplicate. */
    public static final String ARCHIVE_NEEDED = "archiveNeeded";
    public static final String ARCHIVE_IDEA = "archiveIdea";
    public static final String IDEA_ARCHIVED = "ideaArchived";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign the idea belongs to. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code Long}, given at start: the idea. */
    public static final String IDEA_ID = "ideaId";
    /** {@code java.util.Date}, set by {@link #OPEN_REALIZATION_DELEGATE} and on each return to triage. */
    public static final String TRIAGE_DUE = "triageDue";
    /**
     * {@code String} {@link #EVALUATE}, {@link #DUPLICATE} or {@link #HAND_OVER}: completes
     * {@link #TRIAGE_IDEA}.
     */
    public static final String TRIAGE_DECISION = "triageDecision";
    /**
     * {@code java.util.List<String>}, set by {@link #PREPARE_EVALUATION_DELEGATE} and
     * {@link #REVIEW_CONFLICTS_DELEGATE}: the evaluators' user ids still to evaluate, one task each
     * (a serializable list such as {@code ArrayList}). Removed once the score is computed.
     */
    public static final String EVALUATORS = "evaluators";
    /** {@code String}, local to one evaluation: the evaluator's user id, the task's assignee. */
    public static final String EVALUATOR_USER_ID = "evaluatorUserId";
    /** {@code java.util.Date}, set with {@link #EVALUATORS}: when the evaluations are due. */
    public static final String EVALUATION_DUE = "evaluationDue";
    /** {@code Boolean}, set by {@link #REVIEW_CONFLICTS_DELEGATE}: whether replacements must evaluate. */
    public static final String REPLACEMENTS_NEEDED = "replacementsNeeded";
    /** {@code Double}, set by {@link #COMPUTE_SCORE_DELEGATE}: the weighted score, 0 to 100. */
    public static final String WEIGHTED_SCORE = "weightedScore";
    /**
     * {@code String} {@link #DUPLICATE}, {@link #ACCEPTED} or {@link #REJECTED}: how the assessment
     * ended, set by the triage form (duplicate, or accepted when re-routed),
     * {@link #COMPUTE_SCORE_DELEGATE}, and {@link #ACCEPT_IDEA_DELEGATE} (accepted, also after a
     * fast-track). What the stage hands back, with {@link #WEIGHTED_SCORE} when the idea was scored.
     */
    public static final String OUTCOME = "outcome";
    /** {@code java.util.Date}, set by {@link #ACCEPT_IDEA_DELEGATE}: when the department must answer. */
    public static final String HAND_OVER_DUE = "handOverDue";
    /** {@code java.util.Date}, set with {@link #HAND_OVER_DUE}: when the department is reminded. */
    public static final String HAND_OVER_REMINDER_AT = "handOverReminderAt";
    /** {@code Boolean}, completes {@link #HAND_OVER_IDEA}: the department takes the idea on. */
    public static final String HAND_OVER_TAKEN = "handOverTaken";
    /** {@code java.util.Date}, set by {@link #REJECT_IDEA_DELEGATE}: when the explanation is due. */
    public static final String EXPLANATION_DUE = "explanationDue";
    /** {@code java.util.Date}, set when the explanation is given: when the partner must acknowledge it. */
    public static final String ACKNOWLEDGEMENT_DUE = "acknowledgementDue";

    // ---------------------------------------------------------------- decision values

    /** Value of {@link #TRIAGE_DECISION}: route the idea to evaluation. */
    public static final String EVALUATE = "EVALUATE";
    /**
     * Value of {@link #TRIAGE_DECISION}: an accepted idea a department declined goes to the
     * department chosen now, without a second evaluation.
     */
    public static final String HAND_OVER = "HAND_OVER";
    /** Value of {@link #TRIAGE_DECISION} and {@link #OUTCOME}: a duplicate of an earlier idea. */
    public static final String DUPLICATE = "DUPLICATE";
    /** Value of {@link #OUTCOME}: the weighted score reached the acceptance threshold. */
    public static final String ACCEPTED = "ACCEPTED";
    /** Value of {@link #OUTCOME}: the weighted score stayed below the acceptance threshold. */
    public static final String REJECTED = "REJECTED";

    // ---------------------------------------------------------------- messages

    /** Message name of {@link #FAST_TRACKED}, correlated by {@link #IDEA_ID}. */
    public static final String FAST_TRACK_MESSAGE = "realization.fastTrack";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String TRIAGE_IDEA_FORM = "app:triage-idea";
    public static final String EVALUATE_IDEA_FORM = "app:evaluate-idea";
    public static final String HAND_OVER_IDEA_FORM = "app:hand-over-idea";
    public static final String TRACK_IMPLEMENTATION_FORM = "app:track-implementation";
    public static final String EXPLAIN_REJECTION_FORM = "app:explain-rejection";
    public static final String ACKNOWLEDGE_EXPLANATION_FORM = "app:acknowledge-explanation";

    public static final String TRIAGE_MANAGER_GROUP = "triage-manager";
    public static final String EXECUTION_GROUP = "execution";
    public static final String DOMAIN_EXPERT_GROUP = "domain-expert";
    /** The group a triage or hand-over task is escalated to when its deadline passes. */
    public static final String ESCALATION_GROUP = "program-manager";

    /** Days a mid-level manager has to triage an idea. */
    public static final int TRIAGE_DUE_DAYS = 10;
    /** Days the evaluators have to score an idea. */
    public static final int EVALUATION_DUE_DAYS = 14;
    /** Days the execution department has to take on or decline an accepted idea. */
    public static final int HAND_OVER_DUE_DAYS = 7;
    /** Days before the hand-over deadline the execution department is reminded. */
    public static final int HAND_OVER_REMINDER_DAYS_BEFORE = 2;
    /** Days the internal expert has to explain a rejection. */
    public static final int EXPLANATION_DUE_DAYS = 14;
    /** Days the partner has to acknowledge the explanation before the idea is archived anyway. */
    public static final int ACKNOWLEDGEMENT_DUE_DAYS = 30;
    /** Priority of an escalated triage or hand-over task (the engine's default is 50). */
    public static final int ESCALATED_PRIORITY = 90;

    // ---------------------------------------------------------------- delegate and listener bean names

    public static final String OPEN_REALIZATION_DELEGATE = "openRealization";
    public static final String ESCALATE_TRIAGE_DELEGATE = "escalateTriage";
    public static final String PREPARE_EVALUATION_DELEGATE = "prepareEvaluation";
    public static final String REVIEW_CONFLICTS_DELEGATE = "reviewConflicts";
    public static final String COMPUTE_SCORE_DELEGATE = "computeScore";
    public static final String ACCEPT_IDEA_DELEGATE = "acceptIdea";
    public static final String REMIND_HAND_OVER_DELEGATE = "remindHandOver";
    public static final String ESCALATE_HAND_OVER_DELEGATE = "escalateHandOver";
    public static final String RETURN_TO_TRIAGE_DELEGATE = "returnToTriage";
    public static final String REJECT_IDEA_DELEGATE = "rejectIdea";
    public static final String ARCHIVE_IDEA_DELEGATE = "archiveIdea";

    /** Task listener on every user task (create): names the idea in the task's description, for the inbox. */
    public static final String DESCRIBE_IDEA_TASK_LISTENER = "describeIdeaTask";
    /** Task listener on {@link #TRIAGE_IDEA} (create): round-robin assignment with a cap per manager. */
    public static final String ASSIGN_TRIAGE_LISTENER = "assignTriage";
    /** Task listener on {@link #TRIAGE_IDEA} (delete): a withdrawn triage no longer counts towards the cap. */
    public static final String RELEASE_TRIAGE_LISTENER = "releaseTriage";
    /**
     * Bean whose {@code userIdOf(Long ideaId)} names the idea's partner, the assignee of
     * {@link #ACKNOWLEDGE_EXPLANATION}. Resolved when the task is created, so the partner's identity
     * never sits in a process variable that evaluators could read under blind review.
     */
    public static final String IDEA_AUTHOR_BEAN = "ideaAuthor";

    /** Retry cycle of every job in this process (timers and asynchronous continuations). */
    public static final String FAILED_JOB_RETRY_TIME_CYCLE = "R3/PT5M";

    private RealizationProcess() {
    }
}
