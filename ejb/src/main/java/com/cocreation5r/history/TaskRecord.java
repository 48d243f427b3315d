package com.cocreation5r.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * A human task of an instance: who claimed and who completed it, when, how long it took and
 * whether it met its due date.
 */
public record TaskRecord(String id, String activityInstanceId, String taskKey, String name, String assignee,
        String claimedBy, Instant claimedAt, String completedBy, Instant createdAt, Instant endedAt,
        Long durationMillis, Instant due, String outcome) implements Serializable {

    /** Whether it ended after its due date, or is still open past it ({@code now}). */
    public boolean overdue(Instant now) {
        if (due == null) {
            return false;
        }
        return endedAt == null ? now.isAfter(due) : endedAt.isAfter(due);
    }
}
