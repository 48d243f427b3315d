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
import java.time.Clock;
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

    @Inject
    private ModelValidation validation;

    @Inject
    private ModelVersions versions;

    @Inject
    private Clock clock;

    /**
     * Opens the owner's change of a model, set against its latest version; refused with every
     * problem if the model is not valid.
     */
    public ProcessChange submit(String resourceName, byte[] content, String summary, String owner,
            RuntimeService runtimeService) {
        validation.requireValid(resourceName, content);
        String key = ModelVersions.keyOf(resourceName, content);
        ProcessChange change = new ProcessChange(ProcessChange.Kind.CHANGE, key, resourceName,
                ModelVersions.utf8(content), summary, versions.latestDefinitionId(key).orElse(null), null, owner,
                clock.instant());
        open(change, runtimeService);
        return change;
    }

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
