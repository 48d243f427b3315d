package com.cocreation5r.process;

/**
 * Stage ① Recruiting ({@code models/recruiting.bpmn}): the names the model shares with its
 * delegates, its task forms and its tests.
 *
 * <p>A campaign opens a call for applications, waits until the application window closes, and
 * then assesses every submitted application in parallel: a recruiter screens the written
 * application, an interviewer holds a selection interview with the shortlisted. The selection
 * committee picks the cohort among the recommended candidates, every candidate hears back and
 * the selected join the partner pool.
 *
 * <p>Variable types are part of the contract: the gateways and the multi-instance loop read
 * these variables with the types documented on each constant.
 */
public final class RecruitingProcess {

    /** Process definition key, also the model's file name. */
    public static final String PROCESS_KEY = "recruiting";

    // ---------------------------------------------------------------- activities and events

    public static final String RECRUITING_STARTED = "recruitingStarted";
    public static final String OPEN_CALL = "openCall";
    /** Timer catch event that waits until {@link #APPLICATION_DEADLINE}. */
    public static final String APPLICATION_WINDOW_CLOSED = "applicationWindowClosed";
    /** Runs asynchronously (own job) after the timer fired. */
    public static final String CLOSE_CALL = "closeCall";
    public static final String ANY_APPLICATIONS = "anyApplications";
    public static final String RECRUITING_ENDED_WITHOUT_APPLICATIONS = "recruitingEndedWithoutApplications";

    /** Parallel multi-instance subprocess, one instance per element of {@link #APPLICATION_IDS}. */
    public static final String ASSESS_APPLICATION = "assessApplication";
    /** Id the engine gives the multi-instance body wrapping {@link #ASSESS_APPLICATION}. */
    public static final String ASSESS_APPLICATION_MULTI_INSTANCE_BODY = ASSESS_APPLICATION + "#multiInstanceBody";
    public static final String ASSESSMENT_STARTED = "assessmentStarted";
    public static final String SCREEN_APPLICATION = "screenApplication";
    public static final String SCREENING_OUTCOME = "screeningOutcome";
    public static final String REJECTED_AT_SCREENING = "rejectedAtScreening";
    public static final String INTERVIEW_CANDIDATE = "interviewCandidate";
    public static final String INTERVIEW_OUTCOME = "interviewOutcome";
    /** End event inside the subprocess; one pass per recommended candidate. */
    public static final String CANDIDATE_RECOMMENDED = "candidateRecommended";
    public static final String REJECTED_AT_INTERVIEW = "rejectedAtInterview";

    public static final String SUMMARIZE_SHORTLIST = "summarizeShortlist";
    public static final String ANY_SHORTLISTED = "anyShortlisted";
    public static final String SELECT_COHORT = "selectCohort";
    public static final String OUTCOME_KNOWN = "outcomeKnown";
    /** Runs asynchronously (own job) once the outcome of every application is known. */
    public static final String NOTIFY_CANDIDATES = "notifyCandidates";
    public static final String ADMIT_TO_PARTNER_POOL = "admitToPartnerPool";
    public static final String RECRUITING_COMPLETED = "recruitingCompleted";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign being recruited for. */
    public static final String CAMPAIGN_ID = "campaignId";
    /** {@code java.util.Date}, given at start: when the application window closes. */
    public static final String APPLICATION_DEADLINE = "applicationDeadline";
    /**
     * {@code java.util.List<Long>}, set by {@link #CLOSE_CALL_DELEGATE}: ids of the submitted
     * applications, one assessment per element. Stored with the engine's default (Java)
     * serialization, so it must be a serializable list such as {@code ArrayList}.
     */
    public static final String APPLICATION_IDS = "applicationIds";
    /** {@code Integer} or {@code Long}, set by {@link #CLOSE_CALL_DELEGATE}: size of {@link #APPLICATION_IDS}. */
    public static final String APPLICATION_COUNT = "applicationCount";
    /** {@code Long}, local to one assessment instance: the application being assessed. */
    public static final String APPLICATION_ID = "applicationId";
    /**
     * {@code String} {@link #SHORTLIST} or {@link #REJECT}, local to one assessment instance:
     * completes {@link #SCREEN_APPLICATION}.
     */
    public static final String SCREENING_DECISION = "screeningDecision";
    /**
     * {@code String} {@link #RECOMMEND} or {@link #NOT_RECOMMEND}, local to one assessment
     * instance: completes {@link #INTERVIEW_CANDIDATE}.
     */
    public static final String INTERVIEW_RECOMMENDATION = "interviewRecommendation";
    /** {@code Integer} or {@code Long}, set by {@link #SUMMARIZE_SHORTLIST_DELEGATE}: number of recommended candidates. */
    public static final String SHORTLIST_SIZE = "shortlistSize";
    /**
     * {@code Integer}, set by {@link #ADMIT_TO_PARTNER_POOL_DELEGATE}: how many partners the cohort
     * has. The campaign reads it back to decide whether the later stages have anyone to work with.
     */
    public static final String COHORT_PARTNER_COUNT = "cohortPartnerCount";

    // ---------------------------------------------------------------- decision values

    /** Value of {@link #SCREENING_DECISION}: invite to the selection interview. */
    public static final String SHORTLIST = "SHORTLIST";
    /** Value of {@link #SCREENING_DECISION}: reject on the written application. */
    public static final String REJECT = "REJECT";
    /** Value of {@link #INTERVIEW_RECOMMENDATION}: recommend to the selection committee. */
    public static final String RECOMMEND = "RECOMMEND";
    /** Value of {@link #INTERVIEW_RECOMMENDATION}: reject after the interview. */
    public static final String NOT_RECOMMEND = "NOT_RECOMMEND";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String SCREEN_APPLICATION_FORM = "app:screen-application";
    public static final String INTERVIEW_CANDIDATE_FORM = "app:interview-candidate";
    public static final String SELECT_COHORT_FORM = "app:select-cohort";

    public static final String RECRUITER_GROUP = "recruiter";
    public static final String INTERVIEWER_GROUP = "interviewer";
    public static final String SELECTION_COMMITTEE_GROUP = "selection-committee";

    /** Days a recruiter has to screen an application. */
    public static final int SCREEN_APPLICATION_DUE_DAYS = 7;
    /** Days an interviewer has to hold the interview. */
    public static final int INTERVIEW_CANDIDATE_DUE_DAYS = 14;
    /** Days the selection committee has to pick the cohort. */
    public static final int SELECT_COHORT_DUE_DAYS = 7;

    // ---------------------------------------------------------------- delegate bean names

    public static final String OPEN_CALL_DELEGATE = "openCall";
    public static final String CLOSE_CALL_DELEGATE = "closeCall";
    public static final String SUMMARIZE_SHORTLIST_DELEGATE = "summarizeShortlist";
    public static final String NOTIFY_CANDIDATES_DELEGATE = "notifyCandidates";
    public static final String ADMIT_TO_PARTNER_POOL_DELEGATE = "admitToPartnerPool";

    /** Task listener on the screening and interview tasks: names the candidate in the task's description. */
    public static final String DESCRIBE_ASSESSMENT_TASK_LISTENER = "describeAssessmentTask";

    /** Retry cycle of every job in this process (timer and asynchronous continuations). */
    public static final String FAILED_JOB_RETRY_TIME_CYCLE = "R3/PT5M";

    private RecruitingProcess() {
    }
}
