package com.cocreation5r.processmodel;

import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_APPROVED;
import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_REQUEST_ID;
import static com.cocreation5r.process.ProcessChangeProcess.CHANGE_RESUBMITTED;
import static com.cocreation5r.process.ProcessChangeProcess.REVIEW_CHANGE;
import static com.cocreation5r.process.ProcessChangeProcess.REVISE_CHANGE;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.TaskAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Process owners change models through four eyes: they validate a model, submit it (or a
 * roll-back to an earlier version) as a change request, review another owner's change against
 * the deployed version, and revise or withdraw their own change when it is sent back. Only the
 * change request process deploys, once another owner approved (see {@link DeployProcessChange}).
 */
@Stateless
@ActAsCaller
@RolesAllowed(Groups.PROCESS_OWNER)
public class ProcessChangeService {

    @Inject
    private ModelValidation validation;

    @Inject
    private ModelVersions versions;

    @Inject
    private ProcessChangeRepository changes;

    @Inject
    private TaskAccess tasks;

    @Inject
    private org.camunda.bpm.engine.RuntimeService runtimeService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ChangeRequests changeRequests;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Everything wrong with the model, as the deployment would find it; empty if it may be submitted. */
    public List<ModelProblem> validate(@NotNull String resourceName, @NotNull byte[] content) {
        return validation.problems(resourceName, content);
    }

    /** Submits a new version for review; refused with every problem if the model is not valid. */
    public ProcessChangeView submit(@NotNull @Valid ProposedModel proposed) {
        return ProcessChangeView.of(changeRequests.submit(proposed.resourceName(), proposed.content(),
                proposed.summary(), caller.userId(), runtimeService));
    }

    /**
     * Asks for an earlier version to be deployed again, as a new version: reviewed like any change.
     * The earlier model passes the same checks as a new one.
     */
    public ProcessChangeView requestRollback(@NotNull String definitionId,
            @NotNull @Size(min = 1, max = 2000, message = "{processChange.summary.size}") String summary) {
        ModelVersion earlier = versions.require(definitionId);
        String latest = versions.latestDefinitionId(earlier.key()).orElse(null);
        if (definitionId.equals(latest)) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.ALREADY_CURRENT);
        }
        byte[] model = versions.model(definitionId);
        String resourceName = earlier.resourceName();
        validation.requireValid(resourceName, model);
        ProcessChange change = new ProcessChange(ProcessChange.Kind.ROLLBACK, earlier.key(), resourceName,
                ModelVersions.utf8(model), summary, latest, definitionId, caller.userId(), clock.instant());
        return start(change);
    }

    /** The change a review or revision task is about, with the deployed and the proposed model. */
    public ChangeReview reviewOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        ProcessChange change = changes.require(tasks.variable(task, CHANGE_REQUEST_ID, Long.class));
        String deployed = versions.latestDefinitionId(change.getModelKey())
                .map(id -> ModelVersions.utf8(versions.model(id)))
                .orElse(null);
        return new ChangeReview(ProcessChangeView.of(change), deployed, change.getModelXml(),
                change.getAuthorUserId().equals(caller.userId()));
    }

    /**
     * Another process owner approves the change (it is deployed in the same transaction) or sends
     * it back with a comment; a release's model, which has no author to revise it, is declined
     * instead. The author may not review their own change.
     */
    public ProcessChangeView review(@NotNull String taskId, boolean approve,
            @Size(max = 2000, message = "{processChange.comment.size}") String comment) {
        Task task = tasks.requireClaimedByCaller(taskId, REVIEW_CHANGE);
        ProcessChange change = changes.require(tasks.variable(task, CHANGE_REQUEST_ID, Long.class));
        if (change.getAuthorUserId().equals(caller.userId())) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.AUTHOR_CANNOT_REVIEW);
        }
        change.reviewed(approve, caller.userId(), comment, clock.instant());
        if (!approve) {
            auditTrail.record(change.isFromRelease() ? AuditAction.PROCESS_CHANGE_DECLINED
                    : AuditAction.PROCESS_CHANGE_SENT_BACK, AuditSubject.PROCESS_CHANGE, change.getId(),
                    null, Map.of("modelKey", change.getModelKey()));
        }
        // approving runs the deployment delegate inside this call: it checks the four eyes once more
        tasks.complete(task, Map.of(CHANGE_APPROVED, approve));
        return ProcessChangeView.of(change);
    }

    /** The author submits a revised model again, or (with {@code revised} null) withdraws the change. */
    public ProcessChangeView revise(@NotNull String taskId, @Valid ProposedModel revised) {
        Task task = tasks.requireClaimedByCaller(taskId, REVISE_CHANGE);
        ProcessChange change = changes.require(tasks.variable(task, CHANGE_REQUEST_ID, Long.class));
        Instant now = clock.instant();
        if (revised == null) {
            change.withdrawn(now);
            auditTrail.record(AuditAction.PROCESS_CHANGE_WITHDRAWN, AuditSubject.PROCESS_CHANGE, change.getId(),
                    null, Map.of("modelKey", change.getModelKey()));
        } else {
            validation.requireValid(change.getResourceName(), revised.content());
            String key = ModelVersions.keyOf(change.getResourceName(), revised.content());
            change.revised(key, ModelVersions.utf8(revised.content()), revised.summary(),
                    versions.latestDefinitionId(key).orElse(null), now);
            auditTrail.record(AuditAction.PROCESS_CHANGE_SUBMITTED, AuditSubject.PROCESS_CHANGE, change.getId(),
                    null, details(change));
        }
        tasks.complete(task, Map.of(CHANGE_RESUBMITTED, revised != null));
        return ProcessChangeView.of(change);
    }

    /** The newest change requests, for the process owners' overview (administrators see it too). */
    @RolesAllowed({Groups.PROCESS_OWNER, Groups.ADMIN})
    public List<ProcessChangeView> latestChanges() {
        return changes.latest(50).stream().map(ProcessChangeView::of).toList();
    }

    private ProcessChangeView start(ProcessChange change) {
        changeRequests.open(change, runtimeService);
        return ProcessChangeView.of(change);
    }

    static Map<String, String> details(ProcessChange change) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", change.getKind().name());
        details.put("modelKey", change.getModelKey());
        details.put("resourceName", change.getResourceName());
        details.put("baseDefinitionId", String.valueOf(change.getBaseDefinitionId()));
        if (change.getRestoresDefinitionId() != null) {
            details.put("restoresDefinitionId", change.getRestoresDefinitionId());
        }
        return details;
    }
}
