package com.cocreation5r.process;

/**
 * Stage ③ Reinforcement ({@code models/reinforcement.bpmn}): the names the model shares with its
 * delegates, its task forms and its tests.
 *
 * <p>The community manager prepares the toolkit guide and the stage's dates; every partner of the
 * cohort drafts ideas in a task of their own until the drafting deadline, with the feasibility
 * rules ({@link IdeaFeasibilityDecision}) warning before an idea is submitted to the cohort. The
 * submitted ideas are then refined by the cohort (comments, kept revisions, votes) until the
 * refinement window closes, and handed over to ④ Realization as {@code SUBMITTED} ideas. Partners'
 * support requests run apart, in {@link SupportRequestProcess}, so they never hold the stage.
 */
public final class ReinforcementProcess {

    /** Process definition key, also the model's file name. */
    public static final String PROCESS_KEY = "reinforcement";

    // ---------------------------------------------------------------- activities and events

    public static final String REINFORCEMENT_STARTED = "reinforcementStarted";
    public static final String PREPARE_TOOLKIT = "prepareToolkit";
    public static final String OPEN_DRAFTING = "openDrafting";
    /** Parallel multi-instance user task, one instance per partner of the cohort ({@link #COHORT_BEAN}). */
    public static final String DRAFT_IDEAS = "draftIdeas";
    public static final String DRAFT_IDEAS_MULTI_INSTANCE_BODY = DRAFT_IDEAS + "#multiInstanceBody";
    /** Interrupting timer on the drafting tasks, due at {@link #DRAFTING_DEADLINE}. */
    public static final String DRAFTING_DEADLINE_PASSED = "draftingDeadlinePassed";
    public static final String CLOSE_DRAFTING = "closeDrafting";
    public static final String ANY_IDEAS_SUBMITTED = "anyIdeasSubmitted";
    public static final String REINFORCEMENT_ENDED_WITHOUT_IDEAS = "reinforcementEndedWithoutIdeas";
    /** Timer catch event: the refinement window is open until {@link #REFINEMENT_DEADLINE}. */
    public static final String REFINEMENT_WINDOW_CLOSED = "refinementWindowClosed";
    public static final String HAND_OVER_IDEAS = "handOverIdeas";
    public static final String REINFORCEMENT_COMPLETED = "reinforcementCompleted";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign whose cohort drafts ideas. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code java.util.Date}, set when {@link #PREPARE_TOOLKIT} completes: drafting closes then. */
    public static final String DRAFTING_DEADLINE = "draftingDeadline";
    /** {@code java.util.Date}, set with {@link #DRAFTING_DEADLINE}: the refinement window closes then. */
    public static final String REFINEMENT_DEADLINE = "refinementDeadline";
    /** {@code String}, local to one drafting task: the partner's user id, the task's assignee. */
    public static final String PARTNER_USER_ID = "partnerUserId";
    /**
     * {@code Integer}, set by {@link #CLOSE_DRAFTING_DELEGATE} and again by
     * {@link #HAND_OVER_IDEAS_DELEGATE}: how many ideas were submitted. Handed back to the campaign.
     */
    public static final String SUBMITTED_IDEA_COUNT = "submittedIdeaCount";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String PREPARE_TOOLKIT_FORM = "app:prepare-toolkit";
    public static final String DRAFT_IDEAS_FORM = "app:draft-ideas";

    public static final String COMMUNITY_MANAGER_GROUP = "community-manager";

    /** Days the community manager has to prepare the toolkit guide. */
    public static final int PREPARE_TOOLKIT_DUE_DAYS = 3;

    // ---------------------------------------------------------------- beans and delegates

    /** CDI bean whose {@code of(Long campaignId)} lists the user ids of the cohort (accepted partners). */
    public static final String COHORT_BEAN = "reinforcementCohort";
    /**
     * CDI bean whose {@code ofCampaign(Long campaignId)} lists the ids of the campaign's
     * {@code SUBMITTED} ideas: the collection of the campaign's Realization multi-instance.
     */
    public static final String SUBMITTED_IDEAS_BEAN = "submittedIdeas";

    public static final String OPEN_DRAFTING_DELEGATE = "openDrafting";
    public static final String CLOSE_DRAFTING_DELEGATE = "closeDrafting";
    public static final String HAND_OVER_IDEAS_DELEGATE = "handOverIdeas";

    /** Retry cycle of every job in this process. */
    public static final String FAILED_JOB_RETRY_TIME_CYCLE = "R3/PT5M";

    private ReinforcementProcess() {
    }
}
