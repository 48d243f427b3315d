package com.cocreation5r.process;

/**
 * The campaign ({@code models/campaign.bpmn}): one instance per co-creation campaign, running the
 * 5R stages in order, each as a call activity whose called instance carries the campaign's
 * business key; Realization runs once per submitted idea. As each later stage starts, and when the
 * campaign ends, the CDI bean {@value #PROGRESS_BEAN} moves the campaign's status on.
 */
public final class CampaignProcess {

    /** Process definition key, also the model's file name. */
    public static final String PROCESS_KEY = "campaign";

    // ---------------------------------------------------------------- activities and events

    public static final String CAMPAIGN_STARTED = "campaignStarted";
    /** Call activity running {@link RecruitingProcess#PROCESS_KEY}. */
    public static final String RUN_RECRUITING = "runRecruiting";
    public static final String COHORT_FORMED = "cohortFormed";
    public static final String CAMPAIGN_ENDED_WITHOUT_COHORT = "campaignEndedWithoutCohort";
    /** Call activity running {@link RulesAndResponsibilitiesProcess#PROCESS_KEY}. */
    public static final String RUN_RULES_AND_RESPONSIBILITIES = "runRulesAndResponsibilities";
    /** Call activity running {@link ReinforcementProcess#PROCESS_KEY}. */
    public static final String RUN_REINFORCEMENT = "runReinforcement";
    /**
     * Parallel multi-instance call activity running {@link RealizationProcess#PROCESS_KEY} once per
     * idea listed by {@link ReinforcementProcess#SUBMITTED_IDEAS_BEAN}.
     */
    public static final String RUN_REALIZATION = "runRealization";
    /** The flow from ③ into ④: taking it moves the campaign to {@code REALIZING}. */
    public static final String IDEAS_HANDED_OVER = "ideasHandedOver";
    public static final String RUN_REALIZATION_MULTI_INSTANCE_BODY = RUN_REALIZATION + "#multiInstanceBody";
    /** Call activity running {@link RetentionProcess#PROCESS_KEY}. */
    public static final String RUN_RETENTION = "runRetention";
    public static final String CAMPAIGN_COMPLETED = "campaignCompleted";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start and passed to every stage. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code java.util.Date}, given at start and passed to Recruiting. */
    public static final String APPLICATION_DEADLINE = RecruitingProcess.APPLICATION_DEADLINE;
    /**
     * {@code Integer}, handed back by Recruiting ({@link RecruitingProcess#COHORT_PARTNER_COUNT}):
     * how many partners the cohort has; absent when Recruiting ended without applications.
     */
    public static final String COHORT_PARTNER_COUNT = RecruitingProcess.COHORT_PARTNER_COUNT;
    /** {@code Long}, local to one Realization of {@link #RUN_REALIZATION}: the idea it realizes. */
    public static final String IDEA_ID = RealizationProcess.IDEA_ID;

    // ---------------------------------------------------------------- beans

    /** CDI bean whose {@code enter(campaignId, status)} moves the campaign's status on. */
    public static final String PROGRESS_BEAN = "campaignProgress";

    private CampaignProcess() {
    }
}
