package com.cocreation5r.history;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the engine's history holds about one process instance, oldest first, with the
 * process that called it and the processes it called.
 */
public record Timeline(InstanceSummary instance, InstanceSummary calledBy, List<InstanceSummary> called,
        List<TimelineEntry> entries, List<TaskRecord> tasks, List<DecisionRecord> decisions)
        implements Serializable {
}
