package com.cocreation5r.engine;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.ProcessModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import com.cocreation5r.processmodel.ReleaseModels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys the models of {@code bpmn/} to the engine. An unchanged model creates no new version; a
 * new version is recorded in the audit trail in the deployment's own transaction. A changed model
 * whose process or decision the process owners have changed since the last release is not
 * deployed over their version: it goes to them as a change request (see {@link ReleaseModels}).
 */
@ApplicationScoped
public class ProcessModelDeployment {

    /** The name every release's deployment of the shipped models has. */
    public static final String DEPLOYMENT_NAME = "co-creation-5r";

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ReleaseModels releaseModels;

    @Transactional(Transactional.TxType.REQUIRED)
    public void deploy(ProcessEngine engine) {
        Map<String, byte[]> shipped = new LinkedHashMap<>();
        ProcessModels.RESOURCES.forEach(resource -> shipped.put(resource, read(resource)));
        deploy(engine, DEPLOYMENT_NAME, shipped);
    }

    /**
     * Deploys the models of one release under {@code deploymentName}, the name every release of
     * these models is deployed under; the models the owners changed since go to them instead.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void deploy(ProcessEngine engine, String deploymentName, Map<String, byte[]> models) {
        DeploymentBuilder deployment = engine.getRepositoryService()
                .createDeployment()
                .name(deploymentName)
                .source("application")
                .enableDuplicateFiltering(true);
        Map<String, byte[]> forOwners = new LinkedHashMap<>();
        models.forEach((resource, model) -> {
            if (releaseModels.supersedesOwnersVersion(engine, deploymentName, resource, model)) {
                forOwners.put(resource, model);
            } else {
                deployment.addInputStream(resource, new ByteArrayInputStream(model));
            }
        });
        if (forOwners.size() < models.size()) {
            recordNewVersions(deploymentName, deployment.deployWithResult());
        }
        forOwners.forEach((resource, model) -> releaseModels.propose(engine, resource, model));
    }

    private void recordNewVersions(String deploymentName, DeploymentWithDefinitions result) {
        List<ProcessDefinition> deployed = result.getDeployedProcessDefinitions();
        if (deployed != null && !deployed.isEmpty()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("deploymentName", deploymentName);
            details.put("definitions", deployed.stream()
                    .map(definition -> definition.getKey() + ":" + definition.getVersion() + "=" + definition.getId())
                    .sorted()
                    .collect(Collectors.joining(",")));
            auditTrail.record(AuditAction.PROCESS_MODELS_DEPLOYED, AuditSubject.PROCESS_DEPLOYMENT, result.getId(),
                    null, details);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream model = ProcessModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (model == null) {
                throw new IllegalStateException("Process model " + resource + " is missing from the application");
            }
            return model.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
