package com.cocreation5r.realization;

import com.cocreation5r.idea.IdeaStatus;
import java.io.Serializable;
import java.time.Instant;

/** An idea in the executives' direct channel: exactly as the partner submitted it, unfiltered. */
public record DirectChannelIdea(Long ideaId, String campaignTitle, String title, String summary, String description,
        String partnerName, Instant submittedAt, IdeaStatus status, boolean fastTrackable) implements Serializable {
}
