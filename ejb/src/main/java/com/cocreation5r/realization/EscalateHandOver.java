package com.cocreation5r.realization;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
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
 * The hand-over deadline passed without an answer: the task is offered to the program managers
 * too, urgent and unassigned, so one of them settles it with the department (takes it on for it)
 * or declines it back to triage to route it elsewhere. The program managers are told through the
 * outbox, and the escalation is recorded in the audit trail.
 */
@Named(RealizationProcess.ESCALATE_HAND_OVER_DELEGATE)
@Dependent
public class EscalateHandOver implements JavaDelegate {

    static final String HAND_OVER_ESCALATION = "realization.handOverEscalated";

    @Inject
    private IdeaRepository ideas;

    @Inject
    private HandOverReminders reminders;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Task task = Escalations.openTask(execution, RealizationProcess.HAND_OVER_IDEA).orElse(null);
        if (task == null) {
            return;
        }
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        String heldBy = task.getAssignee();
        Escalations.offerToProgramManagers(execution, task);
        int notified = reminders.notifyGroup(execution.getProcessEngineServices().getIdentityService(),
                RealizationProcess.ESCALATION_GROUP, idea.getCampaignId(), HAND_OVER_ESCALATION, clock.instant());
        auditTrail.record(AuditAction.HAND_OVER_ESCALATED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound()),
                        "taskId", task.getId(),
                        "heldBy", heldBy == null ? "" : heldBy,
                        "escalatedTo", RealizationProcess.ESCALATION_GROUP,
                        "notified", String.valueOf(notified)));
    }
}
