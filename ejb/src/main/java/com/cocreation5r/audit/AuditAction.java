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
    /** A process owner submitted a new model version or a roll-back for review (four eyes). */
    PROCESS_CHANGE_SUBMITTED,
    /** Another process owner sent a change request back to its author. */
    PROCESS_CHANGE_SENT_BACK,
    /** The author withdrew a change request that was sent back. */
    PROCESS_CHANGE_WITHDRAWN,
    /** Running instances were migrated to another version of their process. */
    PROCESS_INSTANCES_MIGRATED
}
