package com.cocreation5r.reinforcement;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.SupportRequestProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * The response deadline of a support request passed: the request is marked escalated and its
 * answer task is offered to the program managers too, so the partner is not left waiting.
 */
@Named(SupportRequestProcess.ESCALATE_SUPPORT_REQUEST_DELEGATE)
@Dependent
public class EscalateSupportRequest implements JavaDelegate {

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private TaskService taskService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = (Long) execution.getVariable(SupportRequestProcess.SUPPORT_REQUEST_ID);
        SupportRequest request = reinforcement.supportRequest(requestId).orElseThrow(() ->
                new IllegalStateException("No support request " + requestId));
        request.escalate(clock.instant());
        // the request's own instance holds exactly one answer task
        for (Task answer : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(SupportRequestProcess.ANSWER_SUPPORT_REQUEST).list()) {
            taskService.addCandidateGroup(answer.getId(), SupportRequestProcess.PROGRAM_MANAGER_GROUP);
        }
        auditTrail.record(AuditAction.SUPPORT_REQUEST_ESCALATED, AuditSubject.SUPPORT_REQUEST, requestId,
                request.getCampaignId(), Map.of("status", request.getStatus().name()));
    }
}
