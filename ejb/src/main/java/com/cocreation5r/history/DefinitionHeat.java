package com.cocreation5r.history;

import java.io.Serializable;
import java.util.List;

/**
 * One process definition version with its activities' statistics, and the other versions of the
 * same process to compare with.
 */
public record DefinitionHeat(String definitionId, String key, String name, int version, long instances,
        List<ActivityStatistics> activities, List<DefinitionVersion> versions) implements Serializable {

    /** The most frequent activity's count: what a heat of 100 % stands for. */
    public long hottest() {
        return activities.stream().mapToLong(ActivityStatistics::total).max().orElse(0);
    }

    public record DefinitionVersion(String definitionId, int version) implements Serializable {
    }
}
