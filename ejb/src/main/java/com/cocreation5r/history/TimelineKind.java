package com.cocreation5r.history;

/** What an entry of an instance's timeline records. */
public enum TimelineKind {
    /** A flow node ran: an event, a gateway, a service task, a call activity. */
    ACTIVITY,
    /** A human task: created, claimed, completed or cancelled, with who and how long. */
    TASK,
    /** An escalation was thrown or caught, or a timer fired on a boundary. */
    ESCALATION,
    /** A process variable was set or changed. */
    VARIABLE,
    /** A value submitted through a task form. */
    FORM_VALUE,
    COMMENT,
    /** A DMN decision was evaluated, with its inputs and outputs. */
    DECISION,
    INCIDENT,
    /** An entry of the engine's user operation log: who did what through the engine's API. */
    OPERATION
}
