package com.cocreation5r.mission;

import jakarta.ejb.ApplicationException;

/** An R&amp;R rule the request breaks; nothing is changed. The UI has a message for each rule. */
@ApplicationException(rollback = true)
public class MissionRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        /** The evaluation scheme has been published: it can no longer change. */
        SCHEME_LOCKED,
        /** The acceptance deadline must lie in the future. */
        DEADLINE_PASSED,
        /** There is no mission drafted for this campaign yet. */
        NO_MISSION,
        /** The scheme of this campaign has not been published yet. */
        SCHEME_NOT_PUBLISHED
    }

    private final Rule rule;

    public MissionRuleBroken(Rule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
