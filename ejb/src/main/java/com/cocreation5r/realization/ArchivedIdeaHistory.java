package com.cocreation5r.realization;

import com.cocreation5r.idea.IdeaStatus;
import java.io.Serializable;
import java.util.List;

/**
 * An idea that went to the archive at least once, as staff open it from the archive: its content
 * and every Realization that ended there, with the explanation and the partner's acknowledgment.
 */
public record ArchivedIdeaHistory(Long ideaId, String campaignTitle, String title, String summary,
        String description, String partnerName, IdeaStatus status, List<ArchivedRound> rounds)
        implements Serializable {

    public ArchivedIdeaHistory {
        rounds = List.copyOf(rounds);
    }

    /** Whether the idea is in the archive now, so it can be reopened. */
    public boolean archived() {
        return status == IdeaStatus.ARCHIVED;
    }
}
