package com.cocreation5r.retention;

import com.cocreation5r.idea.IdeaStatus;
import java.time.Instant;

/**
 * What became of one of a partner's ideas, as the partner may see it. Realization will add the
 * weighted score and the explanation addressed to the partner here; the page shows what is present.
 */
public record IdeaOutcome(Long ideaId, Long campaignId, String campaignTitle, String title, String summary,
        IdeaStatus status, int realizationRound, Instant submittedAt) {
}
