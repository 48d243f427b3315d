package com.cocreation5r.recruiting;

/** The path of one written application through the two-stage selection. */
public enum ApplicationStatus {
    SUBMITTED,
    REJECTED_AT_SCREENING,
    SHORTLISTED,
    REJECTED_AT_INTERVIEW,
    RECOMMENDED,
    SELECTED,
    NOT_SELECTED
}
