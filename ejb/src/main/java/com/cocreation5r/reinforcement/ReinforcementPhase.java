package com.cocreation5r.reinforcement;

/** Where a campaign's Reinforcement stage stands; it decides what the cohort may do with ideas. */
public enum ReinforcementPhase {
    /** Partners draft their own ideas and submit them to the cohort; nobody else sees a draft. */
    DRAFTING,
    /** The cohort reads, comments on, revises and votes on the submitted ideas. */
    REFINEMENT,
    /** The ideas were handed over to Realization; the cohort sees the showcase only. */
    CLOSED
}
