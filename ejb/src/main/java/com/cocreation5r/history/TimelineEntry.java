package com.cocreation5r.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of an instance's timeline.
 *
 * @param at when it happened (for activities and tasks: when they started)
 * @param kind what it records
 * @param name the activity, task, variable or operation
 * @param actor who did it, if a person did
 * @param detail values, outcome or reason, as text
 * @param endedAt when an activity or task ended, if it did
 * @param durationMillis how long it took, if it ended
 * @param linkedInstanceId the process instance it called, for call activities
 */
public record TimelineEntry(Instant at, TimelineKind kind, String name, String actor, String detail, Instant endedAt,
        Long durationMillis, String linkedInstanceId) implements Serializable {
}
