package com.cocreation5r.processmodel;

import java.io.Serializable;
import java.time.Instant;

/**
 * One deployed version of a process or decision: who deployed it when (the change request's
 * author and reviewer, or {@code system} for the models shipped with the application) and how
 * many instances run on it.
 */
public record ModelVersion(String definitionId, String key, String name, int version, Kind kind,
        String resourceName, String deploymentId, Instant deployedAt, String deployedBy, String approvedBy,
        long runningInstances, boolean latest) implements Serializable {

    public enum Kind { PROCESS, DECISION }
}
