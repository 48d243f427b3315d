package com.cocreation5r.inbox;

import jakarta.ejb.ApplicationException;

/** A task action the caller may not take, with the reason to tell them. Nothing is changed. */
@ApplicationException(rollback = true)
public class TaskActionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused; the UI has a message for each. */
    public enum Reason {
        /** No such task, or the caller may not see it. */
        NOT_AVAILABLE,
        /** The task must be claimed by the caller before it is completed. */
        NOT_CLAIMED_BY_YOU,
        /** Someone else claimed it first. */
        CLAIMED_BY_SOMEONE_ELSE,
        /** The engine's authorizations forbid it. */
        FORBIDDEN,
        /** The task is not the kind of task this form completes. */
        WRONG_FORM
    }

    private final Reason reason;

    public TaskActionRefused(Reason reason, String taskId) {
        this(reason, taskId, null);
    }

    public TaskActionRefused(Reason reason, String taskId, Throwable cause) {
        super(reason + ": task " + taskId, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
