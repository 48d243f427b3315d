package com.cocreation5r.reinforcement;

import jakarta.ejb.ApplicationException;

/** A Reinforcement rule the action would break; nothing is changed. The UI has a text for each rule. */
@ApplicationException(rollback = true)
public class ReinforcementRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        /** The drafting deadline must lie in the future. */
        DRAFTING_DEADLINE_PASSED,
        /** The refinement window must close after the drafting deadline. */
        REFINEMENT_BEFORE_DRAFTING_ENDS,
        /** Drafting is over: ideas can no longer be drafted or submitted. */
        DRAFTING_CLOSED,
        /** The refinement window is not open (yet). */
        REFINEMENT_NOT_OPEN,
        /** The stage is over. */
        STAGE_CLOSED,
        /** The idea breaks feasibility rules: the partner has to confirm the warnings to submit it. */
        WARNINGS_NOT_CONFIRMED,
        /** The idea was already submitted to the cohort. */
        ALREADY_SUBMITTED,
        /** The chosen sub-mission is not one of the mission's. */
        UNKNOWN_SUB_MISSION,
        /** Partners do not vote on their own ideas. */
        OWN_IDEA,
        /** The caller is not in the campaign's cohort. */
        NOT_IN_COHORT,
        /** Only ideas submitted to the cohort can be showcased. */
        NOT_SUBMITTED_TO_COHORT
    }

    private final Rule rule;

    public ReinforcementRuleBroken(Rule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
