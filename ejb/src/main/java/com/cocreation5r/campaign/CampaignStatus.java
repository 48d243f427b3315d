package com.cocreation5r.campaign;

/** Where a campaign stands in its Recruiting stage. */
public enum CampaignStatus {
    /** Created, the recruiting process not yet started. */
    DRAFT,
    /** The call for applications is open until the application deadline. */
    OPEN_CALL,
    /** The window has closed; applications are screened, interviewed and the cohort chosen. */
    SELECTING,
    /** Every candidate has heard back and the selected ones are partners. */
    COHORT_FORMED
}
