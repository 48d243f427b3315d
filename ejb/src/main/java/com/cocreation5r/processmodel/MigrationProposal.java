package com.cocreation5r.processmodel;

import java.io.Serializable;
import java.util.List;

/**
 * The engine's proposed mapping from one version to another and what stands in its way: the
 * plan's validation failures, and the activities where instances wait that the plan does not map.
 */
public record MigrationProposal(String sourceDefinitionId, String targetDefinitionId, long runningInstances,
        List<Mapping> mappings, List<String> planProblems, List<Unmapped> unmappedWaitStates)
        implements Serializable {

    public record Mapping(String sourceActivityId, String targetActivityId) implements Serializable {
    }

    public record Unmapped(String activityId, long instances) implements Serializable {
    }

    public boolean isExecutable() {
        return planProblems.isEmpty() && unmappedWaitStates.isEmpty() && runningInstances > 0;
    }
}
