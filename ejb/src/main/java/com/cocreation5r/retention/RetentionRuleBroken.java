package com.cocreation5r.retention;

import jakarta.ejb.ApplicationException;

/** A Retention or partner pool rule the request breaks; nothing is changed. The UI has a message for each. */
@ApplicationException(rollback = true)
public class RetentionRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        /** The partner has left the pool. */
        LEFT_POOL,
        /** No partner was chosen. */
        NO_PARTNER_CHOSEN,
        /** The partner already applied to, or was invited to, this campaign. */
        ALREADY_IN_CAMPAIGN,
        /** The partner has answered this campaign's survey already. */
        ALREADY_ANSWERED
    }

    private final Rule rule;

    public RetentionRuleBroken(Rule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
