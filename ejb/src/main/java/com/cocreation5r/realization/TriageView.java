package com.cocreation5r.realization;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the triage form shows: the idea, the deadline and whether it was escalated, why a
 * department declined it (if it came back), whether it may only be re-routed, and the campaign's
 * other ideas it could duplicate.
 */
public record TriageView(IdeaDossier idea, Instant dueAt, boolean escalated, ExecutionDepartment declinedBy,
        String declineReason, boolean returnedFromExecution, List<IdeaOption> otherIdeas) implements Serializable {

    public TriageView {
        otherIdeas = List.copyOf(otherIdeas);
    }

    /** An idea to pick as the original of a duplicate. */
    public record IdeaOption(Long ideaId, String title) implements Serializable {
    }
}
