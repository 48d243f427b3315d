package com.cocreation5r.measure;

import java.io.Serializable;
import java.time.Instant;

/**
 * A triage, hand-over or rejection explanation that missed its deadline: completed after it, or still open
 * past it.
 *
 * @param lateByMillis how far past the deadline it was completed, or is by now
 */
public record LateDecision(String taskId, String processInstanceId, String processKey, String taskKey, String taskName,
        String assignee,
        Instant due, Instant completedAt, long lateByMillis) implements Serializable {

    public boolean isOpen() {
        return completedAt == null;
    }
}
