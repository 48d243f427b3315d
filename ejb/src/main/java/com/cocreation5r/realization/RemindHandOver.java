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

/**
 * The hand-over deadline is near and the execution department has not answered: its members are
 * reminded through the outbox. The hand-over task stays where it is.
 */
@Named(RealizationProcess.REMIND_HAND_OVER_DELEGATE)
@Dependent
public class RemindHandOver implements JavaDelegate {

    static final String HAND_OVER_REMINDER = "realization.handOverReminder";

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
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        int notified = reminders.notifyGroup(execution.getProcessEngineServices().getIdentityService(),
                RealizationProcess.EXECUTION_GROUP, idea.getCampaignId(), HAND_OVER_REMINDER, clock.instant());
        auditTrail.record(AuditAction.HAND_OVER_REMINDED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound()),
                        "remindedGroup", RealizationProcess.EXECUTION_GROUP,
                        "notified", String.valueOf(notified)));
    }
}
