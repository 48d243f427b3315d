package com.cocreation5r.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * History retention as auditors see it: each definition's time to live and what is removable, the
 * daily window in which the engine cleans up, and when its cleanup job runs next.
 *
 * @param windowStart start of the daily cleanup window, "HH:mm" in the server's time zone
 * @param windowEnd end of the window
 * @param nextCleanup when the cleanup job is due next; {@code null} if none is scheduled
 */
public record RetentionOverview(List<DefinitionRetention> definitions, String windowStart, String windowEnd,
        Instant nextCleanup) implements Serializable {

    public long removable() {
        return definitions.stream().mapToLong(DefinitionRetention::removable).sum();
    }
}
