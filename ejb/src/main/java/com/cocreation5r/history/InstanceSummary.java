package com.cocreation5r.history;

import java.io.Serializable;
import java.time.Instant;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** One process instance in the history, as the search lists it. */
public record InstanceSummary(String id, String definitionId, String processKey, String processName, int version,
        String businessKey, String state, Instant startedAt, Instant endedAt, Long durationMillis, String startedBy,
        String superInstanceId) implements Serializable {

    static InstanceSummary of(HistoricProcessInstance instance) {
        return new InstanceSummary(instance.getId(), instance.getProcessDefinitionId(),
                instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
                        : instance.getProcessDefinitionName(),
                instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
                instance.getBusinessKey(), instance.getState(), instant(instance.getStartTime()),
                instant(instance.getEndTime()), instance.getDurationInMillis(), instance.getStartUserId(),
                instance.getSuperProcessInstanceId());
    }

    static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
