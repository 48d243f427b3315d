package com.cocreation5r.recruiting;

import jakarta.ejb.ApplicationException;

/** A Recruiting rule the request breaks; nothing is changed. The UI has a message for each rule. */
@ApplicationException(rollback = true)
public class RecruitingRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        /** The application window has closed (or the call is not open yet). */
        CALL_CLOSED,
        /** This candidate already applied to this campaign. */
        ALREADY_APPLIED,
        /** The committee must pick at least one candidate. */
        COHORT_EMPTY,
        /** The committee picked more candidates than the campaign's cohort size. */
        COHORT_TOO_LARGE,
        /** The committee picked someone who is not on the shortlist. */
        NOT_ON_SHORTLIST
    }

    private final Rule rule;

    public RecruitingRuleBroken(Rule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
