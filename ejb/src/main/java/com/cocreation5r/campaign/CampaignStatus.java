package com.cocreation5r.campaign;

/** Where a campaign stands in its stages. */
public enum CampaignStatus {
    /** Created, the recruiting process not yet started. */
    DRAFT,
    /** The call for applications is open until the application deadline. */
    OPEN_CALL,
    /** The window has closed; applications are screened, interviewed and the cohort chosen. */
    SELECTING,
    /** Every candidate has heard back and the selected ones are partners. */
    COHORT_FORMED,
    /** R&R completed: the partners accepted the terms and the evaluation scheme is published and locked. */
    RULES_AGREED,
    /** ③ The cohort drafts and refines ideas with the toolkit. */
    REINFORCING,
    /** ④ The submitted ideas are triaged, evaluated, accepted or explained. */
    REALIZING,
    /** ⑤ Partners hear what became of their ideas, are surveyed and honoured. */
    RETAINING,
    /** Every stage has run. */
    COMPLETED
}
