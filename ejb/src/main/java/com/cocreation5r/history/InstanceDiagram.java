package com.cocreation5r.history;

import java.io.Serializable;
import java.util.List;

/**
 * The path one process instance took, to draw on its definition version's diagram.
 *
 * @param bpmnXml the definition version's BPMN model
 * @param activities every element that ran, with how often and how long
 * @param takenFlowIds the sequence flows it took, inferred (see {@link TakenFlows})
 */
public record InstanceDiagram(String definitionId, String bpmnXml, List<ActivityPath> activities,
        List<String> takenFlowIds) implements Serializable {

    /**
     * How one element fared in the instance.
     *
     * @param finished runs that ended normally
     * @param active runs still going
     * @param cancelled runs cancelled (by a boundary event, a termination)
     * @param openIncidents incidents on the element not yet resolved
     * @param resolvedIncidents incidents on the element resolved or deleted since
     * @param totalMillis how long its ended runs took together, or null if none ended
     * @param calledInstanceIds the instances its runs called, for a call activity
     */
    public record ActivityPath(String activityId, long finished, long active, long cancelled, long openIncidents,
            long resolvedIncidents, Long totalMillis, List<String> calledInstanceIds) implements Serializable {

        public long runs() {
            return finished + active + cancelled;
        }
    }
}
