package com.cocreation5r.history;

import java.io.Serializable;

/**
 * How long the history of one process or decision definition version is kept, and how much of it
 * the next cleanup may remove.
 *
 * @param timeToLiveDays the definition's history time to live; {@code null} if it has none (kept forever)
 * @param finished instances (or decision evaluations) that have ended
 * @param removable ended instances whose time to live has passed
 */
public record DefinitionRetention(Kind kind, String key, String name, int version, Integer timeToLiveDays,
        long finished, long removable) implements Serializable {

    public enum Kind {
        PROCESS,
        DECISION
    }
}
