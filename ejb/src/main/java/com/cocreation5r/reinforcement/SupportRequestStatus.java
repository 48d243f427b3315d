package com.cocreation5r.reinforcement;

/** Where a partner's support request stands. */
public enum SupportRequestStatus {
    /** Waiting for the community manager's answer. */
    OPEN,
    /** The response deadline passed unanswered: program managers are offered it too. */
    ESCALATED,
    ANSWERED
}
