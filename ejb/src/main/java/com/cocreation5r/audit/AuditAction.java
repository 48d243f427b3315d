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
    SUPPORT_REQUEST_ANSWERED,
    // ④ Realization
    IDEA_TRIAGED,
    TRIAGE_ESCALATED,
    CONFLICT_OF_INTEREST_DECLARED,
    IDEA_EVALUATED,
    IDEA_SCORED,
    IDEA_FAST_TRACKED,
    IDEA_ACCEPTED,
    HAND_OVER_REMINDED,
    HAND_OVER_ESCALATED,
    HAND_OVER_DECIDED,
    IMPLEMENTATION_COMPLETED,
    REJECTION_EXPLAINED,
    EXPLANATION_ACKNOWLEDGED,
    IDEA_ARCHIVED,
    IDEA_REOPENED,
    REJECTION_REASONS_CHANGED,
    // ---- retention and the partner pool
    PARTNER_INVITED,
    PARTNER_PASSWORD_SET,
    PARTNER_INVITED_TO_CAMPAIGN,
    PARTNER_LEFT_POOL,
    PARTNER_HONOURED,
    MENTOR_ASSIGNED,
    SATISFACTION_SURVEYED,
    SATISFACTION_FOLLOWED_UP,
    POOL_CHECK_IN_HELD,
    /** A program manager put an accepted idea to a purchase-intent poll of the pool. */
    PURCHASE_INTENT_POLL_OPENED,
    /** A purchase-intent poll's window ended; details hold the count of answers and the share who would buy. */
    PURCHASE_INTENT_POLL_CLOSED,
    /** A program manager named a stage's internal communication partner. */
    STAGE_CONTACT_NAMED,
    // ---- process owners
    /** A process owner submitted a new model version or a roll-back for review (four eyes). */
    PROCESS_CHANGE_SUBMITTED,
    /** Another process owner sent a change request back to its author. */
    PROCESS_CHANGE_SENT_BACK,
    /** The author withdrew a change request that was sent back. */
    PROCESS_CHANGE_WITHDRAWN,
    /** A process owner declined a model shipped with a new release: the owners' version stays. */
    PROCESS_CHANGE_DECLINED,
    /** Running instances were migrated to another version of their process. */
    PROCESS_INSTANCES_MIGRATED
}
