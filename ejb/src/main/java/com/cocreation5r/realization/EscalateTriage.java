package com.cocreation5r.realization;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * The triage deadline passed: the task goes to the program managers, urgent and unassigned, so
 * one of them takes it or hands it to another manager; the manager who held it is freed of it
 * in the rotation. The escalation is marked on the triage and recorded in the audit trail.
 */
@Named(RealizationProcess.ESCALATE_TRIAGE_DELEGATE)
@Dependent
public class EscalateTriage implements JavaDelegate {

    @Inject
    private RealizationRepository realization;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Task task = Escalations.openTask(execution, RealizationProcess.TRIAGE_IDEA).orElse(null);
        if (task == null) {
            return;
        }
        Triage triage = realization.triageOfTask(task.getId()).orElseThrow(() ->
                new IllegalStateException("Triage task " + task.getId() + " has no triage record"));
        String heldBy = task.getAssignee();
        Escalations.offerToProgramManagers(execution, task);
        triage.escalated(clock.instant());
        Long campaignId = (Long) execution.getVariable(RealizationProcess.CAMPAIGN_ID);
        auditTrail.record(AuditAction.TRIAGE_ESCALATED, AuditSubject.IDEA, triage.getIdeaId(), campaignId, Map.of(
                "round", String.valueOf(triage.getRealizationRound()),
                "taskId", task.getId(),
                "heldBy", heldBy == null ? "" : heldBy,
                "escalatedTo", RealizationProcess.ESCALATION_GROUP));
    }
}
