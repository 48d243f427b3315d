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
    // ④ Realization
    IDEA_TRIAGED,
    TRIAGE_ESCALATED,
    CONFLICT_OF_INTEREST_DECLARED,
    IDEA_EVALUATED,
    IDEA_SCORED,
    IDEA_FAST_TRACKED,
    IDEA_ACCEPTED,
    HAND_OVER_DECIDED,
    IMPLEMENTATION_COMPLETED,
    REJECTION_EXPLAINED,
    EXPLANATION_ACKNOWLEDGED,
    IDEA_ARCHIVED,
    IDEA_REOPENED,
    REJECTION_REASONS_CHANGED
}
