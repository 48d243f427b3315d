package com.cocreation5r.processmodel;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.ProcessChangeProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * Deploys an approved change request, in the transaction of the approval. Whoever completes the
 * review (in the UI or through the REST API) is the approver, and the approver may not be the
 * author: this is where the four-eyes rule holds for every path. The model is inspected once
 * more, since the allow-lists may have changed since it was submitted.
 *
 * <p>No user holds the engine's permission to create deployments: the deployment runs without an
 * engine authentication, so an approved change request is the only way to deploy.
 */
@Named(ProcessChangeProcess.DEPLOY_CHANGE_DELEGATE)
@Dependent
public class DeployProcessChange implements JavaDelegate {

    static final String DEPLOYMENT_SOURCE = "process-change";

    @Inject
    private ProcessChangeRepository changes;

    @Inject
    private ModelValidation validation;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private IdentityService identityService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        ProcessChange change = changes.require((Long) execution.getVariable(ProcessChangeProcess.CHANGE_REQUEST_ID));
        Authentication approval = identityService.getCurrentAuthentication();
        String approver = approval == null ? null : approval.getUserId();
        if (approver == null || approver.equals(change.getAuthorUserId())) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.AUTHOR_CANNOT_REVIEW);
        }
        byte[] model = change.getModelXml().getBytes(StandardCharsets.UTF_8);
        validation.requireValid(change.getResourceName(), model);

        DeploymentWithDefinitions deployment;
        identityService.clearAuthentication();
        try {
            deployment = repositoryService.createDeployment()
                    .name(ProcessChangeProcess.BUSINESS_KEY_PREFIX + change.getId())
                    .source(DEPLOYMENT_SOURCE)
                    .addInputStream(change.getResourceName(), new ByteArrayInputStream(model))
                    .deployWithResult();
        } finally {
            identityService.setAuthentication(approval);
        }
        List<ResourceDefinition> definitions = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            definitions.addAll(deployment.getDeployedProcessDefinitions());
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            definitions.addAll(deployment.getDeployedDecisionDefinitions());
        }
        String definitionId = definitions.stream()
                .filter(definition -> definition.getKey().equals(change.getModelKey()))
                .map(ResourceDefinition::getId)
                .findFirst()
                .orElse(definitions.isEmpty() ? null : definitions.get(0).getId());
        change.deployed(approver, deployment.getId(), definitionId, clock.instant());

        Map<String, String> details = new LinkedHashMap<>();
        details.put("deploymentName", deployment.getName());
        details.put("changeRequestId", String.valueOf(change.getId()));
        details.put("kind", change.getKind().name());
        details.put("author", change.getAuthorUserId());
        details.put("approvedBy", approver);
        details.put("definitions", definitions.stream()
                .map(definition -> definition.getKey() + ":" + definition.getVersion() + "=" + definition.getId())
                .sorted()
                .collect(Collectors.joining(",")));
        auditTrail.record(AuditAction.PROCESS_MODELS_DEPLOYED, AuditSubject.PROCESS_DEPLOYMENT, deployment.getId(),
                null, details);
    }
}
