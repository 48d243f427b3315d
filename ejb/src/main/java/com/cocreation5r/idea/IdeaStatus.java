package com.cocreation5r.idea;

/** Where an idea stands in the 5R program. */
public enum IdeaStatus {
    /** Being written by its partner (③ Reinforcement); only the partner and the cohort see it. */
    DRAFT,
    /** Handed in; waits for a Realization to pick it up. */
    SUBMITTED,
    /** A mid-level manager classifies it and routes it (④ Realization). */
    IN_TRIAGE,
    /** Marked at triage as a duplicate of an earlier idea. */
    DUPLICATE,
    /** Evaluators score it against the published criteria. */
    IN_EVALUATION,
    /** Accepted; handed over to an execution department. */
    ACCEPTED,
    /** The execution department took it on and tracks its implementation. */
    IN_EXECUTION,
    /** Implementation finished. */
    IMPLEMENTED,
    /** Rejected; the 1:1 explanation to the partner is pending or under way. */
    REJECTED,
    /** Closed after the explanation was acknowledged; searchable and can be reopened. */
    ARCHIVED;

    /** States in which the idea's content can still be revised by the cohort. */
    public boolean isOpenForRevision() {
        return this == DRAFT;
    }

    /**
     * The moves the program allows. An executive can fast-track an idea to {@link #ACCEPTED} from
     * anywhere before a decision; a department that declines the hand-over sends it back to
     * triage; an archived idea can be reopened into a new Realization.
     */
    public boolean canMoveTo(IdeaStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == IN_TRIAGE || next == ACCEPTED;
            case IN_TRIAGE -> next == IN_EVALUATION || next == DUPLICATE || next == ACCEPTED;
            case IN_EVALUATION -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED -> next == IN_EXECUTION || next == IN_TRIAGE;
            case IN_EXECUTION -> next == IMPLEMENTED;
            case DUPLICATE, REJECTED -> next == ARCHIVED;
            case ARCHIVED -> next == IN_TRIAGE;
            case IMPLEMENTED -> false;
        };
    }
}
