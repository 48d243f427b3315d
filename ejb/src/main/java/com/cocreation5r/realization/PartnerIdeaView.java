package com.cocreation5r.realization;

import com.cocreation5r.idea.IdeaStatus;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One of the partner's own ideas with where it stands; the score only once it is computed and
 * published with the decision, never while evaluators are still at work.
 */
public record PartnerIdeaView(Long ideaId, String title, IdeaStatus status, int realizationRound,
        BigDecimal publishedScore, boolean explanationAvailable) implements Serializable {
}
