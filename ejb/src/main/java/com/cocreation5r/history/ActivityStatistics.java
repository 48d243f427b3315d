package com.cocreation5r.history;

import java.io.Serializable;

/**
 * How one activity of a process definition version fared across all its instances: how often it
 * ran, is running or was cancelled, and how long it took when it finished. The heat of a heatmap.
 */
public record ActivityStatistics(String activityId, String name, String type, long running, long finished,
        long cancelled, Long averageMillis, Long longestMillis) implements Serializable {

    public long total() {
        return running + finished + cancelled;
    }
}
