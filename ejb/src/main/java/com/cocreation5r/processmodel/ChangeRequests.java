package com.cocreation5r.processmodel;

import static com.cocreation5r.process.ProcessChangeProcess.BUSINESS_KEY_PREFIX;
import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_AUTHOR;
import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_FROM_RELEASE;
import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_REQUEST_ID;
import static com.cocreation5r.process.ProcessChangeProcess.MODEL_KEY;
import static com.cocreation5r.process.ProcessChangeProcess.PROCESS_KEY;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Opens a change request: stores it, starts its review process and records it in the audit
 * trail, whether a process owner submitted it or a new release of the application proposes it.
 */
@Dependent
public class ChangeRequests {

    @Inject
    private ProcessChangeRepository changes;

    @Inject
    private AuditTrail auditTrail;

    /** {@code runtimeService} acts as the submitting owner, or without authentication at start-up. */
    void open(ProcessChange change, RuntimeService runtimeService) {
        changes.add(change);
        String instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + change.getId(),
                Map.of(CHANGE_REQUEST_ID, change.getId(), CHANGE_AUTHOR, change.getAuthorUserId(),
                        MODEL_KEY, change.getModelKey(), CHANGE_FROM_RELEASE, change.isFromRelease())).getId();
        change.startedAs(instance);
        auditTrail.record(AuditAction.PROCESS_CHANGE_SUBMITTED, AuditSubject.PROCESS_CHANGE, change.getId(), null,
                ProcessChangeService.details(change));
    }
}
