package com.cocreation5r.history;

/** Where a process instance stands, as auditors filter by it. */
public enum InstanceState {
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    /** Ended before its end event: cancelled by someone, or by an enclosing process or event. */
    TERMINATED,
    /** Has or had an incident (a failed job, say) that needed attention. */
    WITH_INCIDENTS
}
