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
    // ---- retention and the partner pool
    PARTNER_INVITED,
    PARTNER_PASSWORD_SET,
    PARTNER_INVITED_TO_CAMPAIGN,
    PARTNER_LEFT_POOL,
    PARTNER_HONOURED,
    MENTOR_ASSIGNED,
    SATISFACTION_SURVEYED,
    SATISFACTION_FOLLOWED_UP,
    POOL_CHECK_IN_HELD
}
