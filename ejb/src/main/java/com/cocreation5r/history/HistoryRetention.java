package com.cocreation5r.history;

import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.CleanableHistoricDecisionInstanceReportResult;
import org.camunda.bpm.engine.history.CleanableHistoricProcessInstanceReportResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;

/**
 * How long the engine keeps history: the time to live of every definition version (set in the
 * models as {@code camunda:historyTimeToLive}), what the next cleanup may remove, and when it
 * runs. Read under the caller's engine authorizations; nothing is changed.
 */
@Stateless
@ActAsCaller
@RolesAllowed({Groups.AUDITOR, Groups.ADMIN})
public class HistoryRetention {

    @Inject
    private HistoryService history;

    @Inject
    private ProcessEngine engine;

    public RetentionOverview overview() {
        List<DefinitionRetention> definitions = new ArrayList<>();
        for (CleanableHistoricProcessInstanceReportResult process : history
                .createCleanableHistoricProcessInstanceReport().orderByFinished().desc().list()) {
            definitions.add(new DefinitionRetention(DefinitionRetention.Kind.PROCESS, process.getProcessDefinitionKey(),
                    process.getProcessDefinitionName() == null ? process.getProcessDefinitionKey()
                            : process.getProcessDefinitionName(),
                    process.getProcessDefinitionVersion(), process.getHistoryTimeToLive(),
                    process.getFinishedProcessInstanceCount(), process.getCleanableProcessInstanceCount()));
        }
        for (CleanableHistoricDecisionInstanceReportResult decision : history
                .createCleanableHistoricDecisionInstanceReport().orderByFinished().desc().list()) {
            definitions.add(new DefinitionRetention(DefinitionRetention.Kind.DECISION,
                    decision.getDecisionDefinitionKey(),
                    decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey()
                            : decision.getDecisionDefinitionName(),
                    decision.getDecisionDefinitionVersion(), decision.getHistoryTimeToLive(),
                    decision.getFinishedDecisionInstanceCount(), decision.getCleanableDecisionInstanceCount()));
        }
        definitions.sort(Comparator.comparing(DefinitionRetention::kind).thenComparing(DefinitionRetention::key)
                .thenComparing(DefinitionRetention::version, Comparator.reverseOrder()));
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Date nextCleanup = history.findHistoryCleanupJobs().stream().map(Job::getDuedate)
                .filter(due -> due != null).min(Comparator.naturalOrder()).orElse(null);
        return new RetentionOverview(List.copyOf(definitions), configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(),
                nextCleanup == null ? null : nextCleanup.toInstant());
    }
}
