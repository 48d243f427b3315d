package com.cocreation5r.processmodel;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.ProcessChangeProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Keeps the change request in step with its process, however its tasks are completed. The inbox
 * goes through {@link ProcessChangeService}, which records the verdict first; the REST API
 * completes the task directly, with only the process variable. Here a review sent back (or a
 * release's model declined), a revision withdrawn or a change resubmitted as it was is recorded
 * and audited when the service did not, and the author may not decide on their own change in
 * either way.
 */
@Named(ProcessChangeProcess.TASK_COMPLETED_LISTENER)
@Dependent
public class RecordChangeTaskCompletion implements TaskListener {

    @Inject
    private ProcessChangeRepository changes;

    @Inject
    private IdentityService identityService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void notify(DelegateTask task) {
        ProcessChange change = changes.require((Long) task.getVariable(ProcessChangeProcess.CHANGE_REQUEST_ID));
        Authentication authentication = identityService.getCurrentAuthentication();
        String user = authentication == null ? null : authentication.getUserId();
        if (ProcessChangeProcess.REVIEW_CHANGE.equals(task.getTaskDefinitionKey())) {
            reviewed(change, user, Boolean.TRUE.equals(task.getVariable(ProcessChangeProcess.CHANGE_APPROVED)));
        } else if (ProcessChangeProcess.REVISE_CHANGE.equals(task.getTaskDefinitionKey())) {
            revised(change, Boolean.TRUE.equals(task.getVariable(ProcessChangeProcess.CHANGE_RESUBMITTED)));
        }
    }

    private void reviewed(ProcessChange change, String reviewer, boolean approved) {
        if (reviewer != null && reviewer.equals(change.getAuthorUserId())) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.AUTHOR_CANNOT_REVIEW);
        }
        if (approved || change.getStatus() != ProcessChange.Status.IN_REVIEW) {
            // an approval is recorded by the deployment; the service recorded its verdict already
            return;
        }
        change.reviewed(false, reviewer, null, clock.instant());
        auditTrail.record(change.isFromRelease() ? AuditAction.PROCESS_CHANGE_DECLINED
                : AuditAction.PROCESS_CHANGE_SENT_BACK, AuditSubject.PROCESS_CHANGE, change.getId(), null,
                Map.of("modelKey", change.getModelKey()));
    }

    private void revised(ProcessChange change, boolean resubmitted) {
        if (change.getStatus() != ProcessChange.Status.SENT_BACK) {
            // the service recorded the revision or the withdrawal already
            return;
        }
        if (resubmitted) {
            change.resubmittedUnchanged(clock.instant());
            auditTrail.record(AuditAction.PROCESS_CHANGE_SUBMITTED, AuditSubject.PROCESS_CHANGE, change.getId(), null,
                    ProcessChangeService.details(change));
        } else {
            change.withdrawn(clock.instant());
            auditTrail.record(AuditAction.PROCESS_CHANGE_WITHDRAWN, AuditSubject.PROCESS_CHANGE, change.getId(), null,
                    Map.of("modelKey", change.getModelKey()));
        }
    }
}
