package com.cocreation5r.partner;

import jakarta.ejb.ApplicationException;

/** A set-password link that cannot be used, with the reason to tell its holder. Nothing is changed. */
@ApplicationException(rollback = true)
public class InvitationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No invitation has this token: mistyped, truncated or forged. */
        UNKNOWN,
        /** The invitation expired; a program manager can send a new one. */
        EXPIRED,
        /** Already used, replaced by a newer invitation, or the partner left the pool. */
        SPENT
    }

    private final Reason reason;

    public InvitationRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
