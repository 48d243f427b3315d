package com.cocreation5r.mission;

/** Where a partner stands with the terms and criteria of a campaign. */
public enum TermsDecision {
    /** Invited, not decided yet. */
    PENDING,
    /** Accepted the terms, the evaluation criteria and the NDA. */
    ACCEPTED,
    /** Declined them: the partner does not take part in this campaign. */
    DECLINED,
    /** Had not accepted by the deadline and was withdrawn from the campaign. */
    WITHDRAWN
}
