package com.cocreation5r.reinforcement;

import com.cocreation5r.idea.IdeaStatus;
import java.time.Instant;

/** An idea in a list: what it is, whose, and where it stands in Reinforcement. */
public record IdeaSummary(Long id, Long campaignId, String campaignTitle, String title, String summary,
        String authorUserId, IdeaStatus status, Instant submittedToCohortAt, boolean showcased,
        String showcaseReason) {

    public boolean submittedToCohort() {
        return submittedToCohortAt != null;
    }
}
