package com.cocreation5r.processmodel;

import jakarta.ejb.ApplicationException;

/** A change request action that the four-eyes rule or the request's state forbids. Nothing is changed. */
@ApplicationException(rollback = true)
public class ProcessChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The author of a change may not approve it: another process owner must. */
        AUTHOR_CANNOT_REVIEW,
        /** The change was deployed or withdrawn already. */
        ALREADY_DECIDED,
        /** No such change request, definition or version. */
        NOT_FOUND,
        /** A roll-back must name a version other than the one deployed now. */
        ALREADY_CURRENT,
        /** The file is not UTF-8 text. */
        NOT_UTF8
    }

    private final Reason reason;

    public ProcessChangeRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
