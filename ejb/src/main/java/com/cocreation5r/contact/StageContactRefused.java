package com.cocreation5r.contact;

import jakarta.ejb.ApplicationException;

/** Why a stage contact could not be named; nothing is changed. The UI has a message for each. */
@ApplicationException(rollback = true)
public class StageContactRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No user has that id. */
        UNKNOWN_USER,
        /** The user is a partner or belongs to no staff group: partners cannot be the company's contact. */
        NOT_STAFF
    }

    private final Reason reason;

    public StageContactRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
