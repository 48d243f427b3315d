package com.cocreation5r.retention;

import com.cocreation5r.idea.IdeaStatus;
import java.time.Instant;

/**
 * What became of one of a partner's ideas, as the partner may see it, with the pool's
 * purchase-intent poll on it if there was one ({@code null} otherwise): its answers once it has
 * closed, only its closing date while it is open.
 */
public record IdeaOutcome(Long ideaId, Long campaignId, String campaignTitle, String title, String summary,
        IdeaStatus status, int realizationRound, Instant submittedAt, PollResult poll) {
}
