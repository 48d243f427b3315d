package com.cocreation5r.process;

/**
 * Stage ② R&amp;R, Role &amp; Responsibility ({@code models/rules-and-responsibilities.bpmn}): the names
 * the model shares with its delegates, its task forms and its tests.
 *
 * <p>The program manager drafts the mission, the incentive portfolio and the evaluation scheme;
 * legal reviews the IP/ownership terms and the NDA and approves or sends the draft back; every
 * partner of the cohort then accepts the terms and criteria in a task of their own, is reminded
 * before the acceptance deadline and withdrawn if they have not accepted by then. Finally the
 * evaluation scheme is published: its digest is stored with the campaign and it is locked.
 */
public final class RulesAndResponsibilitiesProcess {

    /** Process definition key, also the model's file name ({@code rules-and-responsibilities.bpmn}). */
    public static final String PROCESS_KEY = "rulesAndResponsibilities";

    // ---------------------------------------------------------------- activities and events

    public static final String RULES_AND_RESPONSIBILITIES_STARTED = "rulesAndResponsibilitiesStarted";
    /** Merges the start and a draft legal sent back. */
    public static final String DRAFT_NEEDED = "draftNeeded";
    public static final String DRAFT_MISSION = "draftMission";
    public static final String REVIEW_TERMS = "reviewTerms";
    public static final String LEGAL_VERDICT = "legalVerdict";
    public static final String INVITE_COHORT = "inviteCohort";
    /** Parallel multi-instance subprocess, one instance per element of {@link #COHORT_PARTNERS}. */
    public static final String OBTAIN_CONSENT = "obtainConsent";
    public static final String OBTAIN_CONSENT_MULTI_INSTANCE_BODY = OBTAIN_CONSENT + "#multiInstanceBody";
    public static final String CONSENT_REQUESTED = "consentRequested";
    public static final String ACCEPT_TERMS = "acceptTerms";
    /** Non-interrupting timer on {@link #ACCEPT_TERMS}, due at {@link #ACCEPTANCE_REMINDER}. */
    public static final String ACCEPTANCE_REMINDER_DUE = "acceptanceReminderDue";
    public static final String REMIND_PARTNER = "remindPartner";
    public static final String PARTNER_REMINDED = "partnerReminded";
    /** Interrupting timer on {@link #ACCEPT_TERMS}, due at {@link #ACCEPTANCE_DEADLINE}. */
    public static final String ACCEPTANCE_DEADLINE_PASSED = "acceptanceDeadlinePassed";
    public static final String WITHDRAW_PARTNER = "withdrawPartner";
    public static final String PARTNER_WITHDRAWN = "partnerWithdrawn";
    public static final String PARTNER_DECISION = "partnerDecision";
    public static final String PARTNER_ACCEPTED = "partnerAccepted";
    public static final String PARTNER_DECLINED = "partnerDeclined";
    public static final String PUBLISH_EVALUATION_SCHEME = "publishEvaluationScheme";
    public static final String RULES_AND_RESPONSIBILITIES_COMPLETED = "rulesAndResponsibilitiesCompleted";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code Boolean}, completes {@link #REVIEW_TERMS}: legal approved (true) or sent the draft back. */
    public static final String TERMS_APPROVED = "termsApproved";
    /** {@code java.util.Date}, set when {@link #DRAFT_MISSION} completes: partners must accept by then. */
    public static final String ACCEPTANCE_DEADLINE = "acceptanceDeadline";
    /** {@code java.util.Date}, set with {@link #ACCEPTANCE_DEADLINE}: when partners are reminded. */
    public static final String ACCEPTANCE_REMINDER = "acceptanceReminder";
    /**
     * {@code java.util.List<String>}, set by {@link #INVITE_COHORT_DELEGATE}: the engine user ids of
     * the cohort's partners, one consent per element (a serializable list such as {@code ArrayList}).
     */
    public static final String COHORT_PARTNERS = "cohortPartners";
    /** {@code String}, local to one consent instance: the partner's user id, the task's assignee. */
    public static final String PARTNER_USER_ID = "partnerUserId";
    /** {@code Boolean}, local to one consent instance: completes {@link #ACCEPT_TERMS}. */
    public static final String TERMS_ACCEPTED = "termsAccepted";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String DRAFT_MISSION_FORM = "app:draft-mission";
    public static final String REVIEW_TERMS_FORM = "app:review-terms";
    public static final String ACCEPT_TERMS_FORM = "app:accept-terms";

    public static final String PROGRAM_MANAGER_GROUP = "program-manager";
    public static final String LEGAL_GROUP = "legal";

    /** Days the program manager has to draft the mission. */
    public static final int DRAFT_MISSION_DUE_DAYS = 7;
    /** Days legal has to review the terms. */
    public static final int REVIEW_TERMS_DUE_DAYS = 5;
    /** Partners are reminded this many days before the acceptance deadline. */
    public static final int REMINDER_DAYS_BEFORE_DEADLINE = 2;

    // ---------------------------------------------------------------- delegate bean names

    public static final String INVITE_COHORT_DELEGATE = "inviteCohort";
    public static final String REMIND_PARTNER_DELEGATE = "remindPartner";
    public static final String WITHDRAW_PARTNER_DELEGATE = "withdrawPartner";
    public static final String PUBLISH_EVALUATION_SCHEME_DELEGATE = "publishEvaluationScheme";

    private RulesAndResponsibilitiesProcess() {
    }
}
