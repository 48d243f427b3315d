package com.cocreation5r.realization;

import java.io.Serializable;
import java.time.Instant;

/** One Realization of an idea that ended in the archive: why, its explanation if rejected, and any reopening. */
public record ArchivedRound(int round, ArchiveReason reason, Instant archivedAt, StaffExplanationView explanation,
        String reopenedBy, Instant reopenedAt, String reopenReason) implements Serializable {

    public boolean reopened() {
        return reopenedAt != null;
    }
}
