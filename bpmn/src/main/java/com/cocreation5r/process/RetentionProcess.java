package com.cocreation5r.process;

/**
 * Stage ⑤ Retention ({@code models/retention.bpmn}) and its honours decision
 * ({@code models/partner-honours.dmn}): the names they share with their delegates, task forms and tests.
 *
 * <p>After the activity period, every partner of the cohort (those who accepted the campaign's
 * terms and are still in the pool) is handled in a parallel instance of their own: their
 * contribution is measured from the database, the honours decision grants them the title of
 * <em>honorary consumer</em> or <em>mentor</em> (or none), and they answer a satisfaction survey.
 * A low satisfaction, or no answer by the deadline, opens a follow-up task for the program
 * manager: former partners who feel ignored turn into the company's loudest critics.
 *
 * <p>Alongside, when the campaign has accepted ideas, the program manager may put them to a
 * purchase-intent poll of the whole partner pool ("would you buy it?", as Threadless asks its
 * members): the pool is invited, the polls close after {@link #POLL_DAYS} days, and each author
 * sees what the pool said. The stage completes once both the partners and the polls are done.
 */
public final class RetentionProcess {

    /** Process definition key, also the model's file name. */
    public static final String PROCESS_KEY = "retention";

    // ---------------------------------------------------------------- activities and events

    public static final String RETENTION_STARTED = "retentionStarted";
    /** Parallel split: the partners on one branch, the purchase-intent polls on the other. */
    public static final String RETENTION_SPLIT = "retentionSplit";
    /** Parallel multi-instance subprocess, one instance per element of {@link #COHORT_EXPRESSION}. */
    public static final String RETAIN_PARTNER = "retainPartner";
    public static final String RETAIN_PARTNER_MULTI_INSTANCE_BODY = RETAIN_PARTNER + "#multiInstanceBody";
    public static final String PARTNER_RETENTION_STARTED = "partnerRetentionStarted";
    /** Runs asynchronously (own job per partner), so one partner's failure leaves the others alone. */
    public static final String MEASURE_CONTRIBUTION = "measureContribution";
    /** Business rule task evaluating {@link #HONOURS_DECISION}. */
    public static final String DECIDE_HONOURS = "decideHonours";
    public static final String RECORD_HONOUR = "recordHonour";
    public static final String TAKE_SATISFACTION_SURVEY = "takeSatisfactionSurvey";
    /** Interrupting timer on {@link #TAKE_SATISFACTION_SURVEY}, {@link #SURVEY_DUE_DAYS} after it was opened. */
    public static final String SURVEY_DEADLINE_PASSED = "surveyDeadlinePassed";
    public static final String SATISFACTION_LEVEL = "satisfactionLevel";
    public static final String PARTNER_SATISFIED = "partnerSatisfied";
    /** Merges a low satisfaction and an unanswered survey. */
    public static final String FOLLOW_UP_NEEDED = "followUpNeeded";
    public static final String FOLLOW_UP_SATISFACTION = "followUpSatisfaction";
    public static final String PARTNER_FOLLOWED_UP = "partnerFollowedUp";
    /** Asks {@link #POLLABLE_IDEAS_BEAN} whether the campaign has an idea the company took on. */
    public static final String IDEAS_TO_POLL = "ideasToPoll";
    public static final String CHOOSE_POLL_IDEAS = "choosePollIdeas";
    /** Routes on {@link #POLLS_OPENED}: the program manager may open none. */
    public static final String POLLS_CHOSEN = "pollsChosen";
    public static final String INVITE_POOL_TO_POLLS = "invitePoolToPolls";
    /** Timer, {@link #POLL_DAYS} days after the pool was invited. */
    public static final String POLL_WINDOW_OVER = "pollWindowOver";
    public static final String CLOSE_POLLS = "closePolls";
    /** Merges the three ways the poll branch can end. */
    public static final String POLLS_SETTLED = "pollsSettled";
    /** Parallel join of the partners and the polls. */
    public static final String RETENTION_JOIN = "retentionJoin";
    public static final String RETENTION_COMPLETED = "retentionCompleted";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign whose cohort is retained. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code String}, local to one partner's instance: their engine user id, the survey's assignee. */
    public static final String PARTNER_USER_ID = RulesAndResponsibilitiesProcess.PARTNER_USER_ID;
    /** {@code Integer}, local, set by {@link #MEASURE_CONTRIBUTION_DELEGATE}: ideas handed in (not drafts). */
    public static final String IDEAS_SUBMITTED = "ideasSubmitted";
    /** {@code Double} 0–100 or {@code null} when none of the ideas has a score yet. */
    public static final String AVERAGE_SCORE = "averageScore";
    /** {@code Integer}, local: ideas accepted (accepted, in execution or implemented). */
    public static final String IDEAS_ACCEPTED = "ideasAccepted";
    /** {@code Integer}, local: votes cast on others' ideas plus revisions made after the first draft. */
    public static final String ACTIVITY = "activity";
    /** {@code String} {@link #NONE}, {@link #HONORARY_CONSUMER} or {@link #MENTOR}, local: the decision's result. */
    public static final String HONOUR = "honour";
    /** {@code Boolean}, local, completes {@link #TAKE_SATISFACTION_SURVEY}: the answers call for a follow-up. */
    public static final String SATISFACTION_LOW = "satisfactionLow";
    /** {@code Integer}, completes {@link #CHOOSE_POLL_IDEAS}: how many purchase-intent polls were opened. */
    public static final String POLLS_OPENED = "pollsOpened";

    /**
     * The cohort, as the multi-instance collection: a CDI bean method rather than a stored list, so
     * no serialized variable is needed.
     */
    public static final String COHORT_BEAN = "retentionCohort";
    public static final String COHORT_EXPRESSION = "${" + COHORT_BEAN + ".partnerUserIds(" + CAMPAIGN_ID + ")}";

    /** Counts a campaign's ideas that can be put to a poll, for {@link #IDEAS_TO_POLL}. */
    public static final String POLLABLE_IDEAS_BEAN = "pollableIdeas";

    // ---------------------------------------------------------------- decision

    /** Decision key of {@code models/partner-honours.dmn}. */
    public static final String HONOURS_DECISION = "partnerHonours";
    public static final String NONE = "NONE";
    public static final String HONORARY_CONSUMER = "HONORARY_CONSUMER";
    public static final String MENTOR = "MENTOR";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String TAKE_SATISFACTION_SURVEY_FORM = "app:take-satisfaction-survey";
    public static final String FOLLOW_UP_SATISFACTION_FORM = "app:follow-up-satisfaction";
    public static final String CHOOSE_POLL_IDEAS_FORM = "app:choose-poll-ideas";
    public static final String PROGRAM_MANAGER_GROUP = RulesAndResponsibilitiesProcess.PROGRAM_MANAGER_GROUP;

    /** Days a partner has to answer the survey. */
    public static final int SURVEY_DUE_DAYS = 14;
    /** Days the program manager has to follow up. */
    public static final int FOLLOW_UP_DUE_DAYS = 7;
    /** Days the program manager has to choose the ideas to poll. */
    public static final int CHOOSE_POLL_IDEAS_DUE_DAYS = 7;
    /** Days a purchase-intent poll stays open. */
    public static final int POLL_DAYS = 14;

    // ---------------------------------------------------------------- delegate bean names

    public static final String MEASURE_CONTRIBUTION_DELEGATE = "measureContribution";
    public static final String RECORD_HONOUR_DELEGATE = "recordHonour";
    public static final String INVITE_POOL_TO_POLLS_DELEGATE = "invitePoolToPolls";
    public static final String CLOSE_POLLS_DELEGATE = "closePurchaseIntentPolls";

    private RetentionProcess() {
    }
}
