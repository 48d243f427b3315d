package com.cocreation5r.audit;

/** The domain actions the audit trail records. */
public enum AuditAction {
    CAMPAIGN_OPENED,
    APPLICATION_RECEIVED,
    APPLICATION_SCREENED,
    INTERVIEW_SCORED,
    COHORT_SELECTED,
    PROCESS_MODELS_DEPLOYED,
    AUTHORIZATIONS_CHANGED,
    /** Someone read entries of the log that concern a person (an auditor looking at applications). */
    PERSONAL_DATA_READ,
    // ③ Reinforcement
    TOOLKIT_PREPARED,
    IDEA_SUBMITTED_TO_COHORT,
    IDEA_REVISED,
    IDEA_COMMENTED,
    IDEA_VOTED,
    IDEA_SHOWCASED,
    IDEAS_HANDED_OVER,
    SUPPORT_REQUESTED,
    SUPPORT_REQUEST_ESCALATED,
    SUPPORT_REQUEST_ANSWERED
}
