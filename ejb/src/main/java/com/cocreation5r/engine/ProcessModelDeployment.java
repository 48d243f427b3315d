package com.cocreation5r.engine;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.ProcessModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
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
 * new version is recorded in the audit trail in the deployment's own transaction.
 */
@ApplicationScoped
public class ProcessModelDeployment {

    static final String DEPLOYMENT_NAME = "co-creation-5r";

    @Inject
    private AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRED)
    public void deploy(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService()
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("application")
                .enableDuplicateFiltering(true);
        ClassLoader loader = ProcessModels.class.getClassLoader();
        for (String resource : ProcessModels.RESOURCES) {
            InputStream model = loader.getResourceAsStream(resource);
            if (model == null) {
                throw new IllegalStateException("Process model " + resource + " is missing from the application");
            }
            deployment.addInputStream(resource, model);
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        List<ProcessDefinition> deployed = result.getDeployedProcessDefinitions();
        if (deployed != null && !deployed.isEmpty()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("deploymentName", DEPLOYMENT_NAME);
            details.put("definitions", deployed.stream()
                    .map(definition -> definition.getKey() + ":" + definition.getVersion() + "=" + definition.getId())
                    .sorted()
                    .collect(Collectors.joining(",")));
            auditTrail.record(AuditAction.PROCESS_MODELS_DEPLOYED, AuditSubject.PROCESS_DEPLOYMENT, result.getId(),
                    null, details);
        }
    }
}
