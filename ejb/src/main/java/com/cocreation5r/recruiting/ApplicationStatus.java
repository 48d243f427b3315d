package com.cocreation5r.recruiting;

/** The path of one written application through the two-stage selection. */
public enum ApplicationStatus {
    SUBMITTED,
    REJECTED_AT_SCREENING,
    SHORTLISTED,
    REJECTED_AT_INTERVIEW,
    RECOMMENDED,
    SELECTED,
    NOT_SELECTED;

    /** The candidate is out of the running; the committee will not see them. */
    public boolean isRejected() {
        return this == REJECTED_AT_SCREENING || this == REJECTED_AT_INTERVIEW || this == NOT_SELECTED;
    }
}
