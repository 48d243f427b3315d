package com.cocreation5r.realization;

import java.io.Serializable;
import java.time.Instant;

/** An archived idea as the archive search lists it, to be reused or reopened. */
public record ArchivedIdeaView(Long ideaId, Long campaignId, String title, String summary, ArchiveReason reason,
        Instant archivedAt, int realizationRound, String campaignTitle, String partnerName) implements Serializable {
}
