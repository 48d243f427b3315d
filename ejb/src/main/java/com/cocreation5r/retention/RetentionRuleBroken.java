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
        ALREADY_ANSWERED,
        /** Only the campaign's accepted ideas can be put to a purchase-intent poll. */
        NOT_POLLABLE,
        /** The same idea was put to a poll twice. */
        POLLED_TWICE,
        /** No such poll is open to the partner. */
        POLL_NOT_FOUND,
        /** The poll's window is over. */
        POLL_CLOSED,
        /** Partners do not answer the poll on their own idea. */
        OWN_IDEA_POLL
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
