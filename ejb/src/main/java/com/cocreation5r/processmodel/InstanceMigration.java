package com.cocreation5r.processmodel;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * Moves running instances from one version of a process to another with the engine's migration
 * API: the engine proposes a mapping of equal activities, the process owner sees its validation
 * report, then the instances are migrated — at once for a few, as a batch for many. Instances
 * keep their tasks (same task ids, assignees and variables) where the activities map.
 */
@Stateless
@ActAsCaller
@RolesAllowed(Groups.PROCESS_OWNER)
public class InstanceMigration {

    /** Up to this many instances migrate in the caller's transaction; more go to a batch. */
    public static final int LARGEST_DIRECT_MIGRATION = 50;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private HistoryService historyService;

    @Inject
    private ModelVersions versions;

    @Inject
    private AuditTrail auditTrail;

    public MigrationProposal propose(@NotNull String sourceDefinitionId, @NotNull String targetDefinitionId) {
        versions.require(sourceDefinitionId);
        versions.require(targetDefinitionId);
        long running = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).count();
        List<String> planProblems = new ArrayList<>();
        List<MigrationProposal.Mapping> mappings = new ArrayList<>();
        try {
            MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId);
            plan.getInstructions().forEach(instruction -> mappings.add(
                    new MigrationProposal.Mapping(instruction.getSourceActivityId(), instruction.getTargetActivityId())));
        } catch (MigrationPlanValidationException e) {
            MigrationPlanValidationReport report = e.getValidationReport();
            for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
                instruction.getFailures().forEach(failure -> planProblems.add(
                        instruction.getMigrationInstruction().getSourceActivityId() + ": " + failure));
            }
            planProblems.addAll(report.getVariableReports().values().stream()
                    .flatMap(variable -> variable.getFailures().stream()).toList());
        }
        Set<String> mapped = mappings.stream().map(MigrationProposal.Mapping::sourceActivityId)
                .collect(Collectors.toSet());
        Map<String, Long> waiting = historyService.createHistoricActivityInstanceQuery()
                .processDefinitionId(sourceDefinitionId).unfinished().list().stream()
                .filter(activity -> !"processDefinition".equals(activity.getActivityType()))
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, Collectors.counting()));
        List<MigrationProposal.Unmapped> unmapped = waiting.entrySet().stream()
                .filter(entry -> !mapped.contains(entry.getKey()) && !entry.getKey().contains("#multiInstanceBody"))
                .map(entry -> new MigrationProposal.Unmapped(entry.getKey(), entry.getValue()))
                .toList();
        return new MigrationProposal(sourceDefinitionId, targetDefinitionId, running, mappings, planProblems,
                unmapped);
    }

    /** Migrates every running instance of the source version; refused as a whole if any cannot. */
    public MigrationResult migrate(@NotNull String sourceDefinitionId, @NotNull String targetDefinitionId) {
        MigrationPlan plan;
        try {
            plan = plan(sourceDefinitionId, targetDefinitionId);
        } catch (MigrationPlanValidationException e) {
            return new MigrationResult(0, null, List.of(e.getMessage()));
        }
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).count();
        String batchId = null;
        var migration = runtimeService.newMigration(plan)
                .processInstanceQuery(runtimeService.createProcessInstanceQuery()
                        .processDefinitionId(sourceDefinitionId));
        if (instances > LARGEST_DIRECT_MIGRATION) {
            Batch batch = migration.executeAsync();
            batchId = batch.getId();
        } else if (instances > 0) {
            try {
                migration.execute();
            } catch (MigratingProcessInstanceValidationException e) {
                return new MigrationResult(0, null, List.of(e.getMessage()));
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("source", sourceDefinitionId);
        details.put("target", targetDefinitionId);
        details.put("instances", String.valueOf(instances));
        if (batchId != null) {
            details.put("batchId", batchId);
        }
        auditTrail.record(AuditAction.PROCESS_INSTANCES_MIGRATED, AuditSubject.PROCESS_DEFINITION,
                targetDefinitionId, null, details);
        return new MigrationResult(instances, batchId, List.of());
    }

    private MigrationPlan plan(String source, String target) {
        return runtimeService.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers().build();
    }
}
