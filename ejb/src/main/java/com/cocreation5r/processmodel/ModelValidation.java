package com.cocreation5r.processmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * Validates a model the way a deployment would, without deploying it: first the product's
 * {@link ModelInspection}, then, only for a model that passed it, the engine's own BPMN or DMN
 * parser. The parse runs in memory; nothing is written.
 */
@ApplicationScoped
public class ModelValidation {

    @Inject
    private ProductDelegates productDelegates;

    @Inject
    private ProcessEngine processEngine;

    public List<ModelProblem> problems(String resourceName, byte[] content) {
        List<ModelProblem> problems = productDelegates.inspection().inspect(resourceName, content);
        if (!problems.isEmpty()) {
            return problems;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return resourceName.toLowerCase().endsWith(".dmn") || resourceName.toLowerCase().endsWith(".dmn11.xml")
                ? parseDecisions(configuration, content)
                : parseProcess(configuration, resourceName, content);
    }

    public void requireValid(String resourceName, byte[] content) {
        List<ModelProblem> problems = problems(resourceName, content);
        if (!problems.isEmpty()) {
            throw new ModelRejected(problems);
        }
    }

    private static List<ModelProblem> parseProcess(ProcessEngineConfigurationImpl configuration, String resourceName,
            byte[] content) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setName("validation");
            ResourceEntity resource = new ResourceEntity();
            resource.setName(resourceName);
            resource.setBytes(content);
            deployment.addResource(resource);
            List<ModelProblem> problems = new ArrayList<>();
            try {
                BpmnParse parse = bpmnParser(configuration).createParse()
                        .sourceInputStream(new ByteArrayInputStream(content))
                        .deployment(deployment)
                        .name(resourceName);
                parse.execute();
            } catch (ParseException e) {
                for (ResourceReport report : e.getResorceReports()) {
                    for (Problem problem : report.getErrors()) {
                        problems.add(new ModelProblem(ModelRule.ENGINE_PARSER, problem.getMainElementId(),
                                problem.getMessage()));
                    }
                }
                if (problems.isEmpty()) {
                    problems.add(new ModelProblem(ModelRule.ENGINE_PARSER, null, e.getMessage()));
                }
            } catch (RuntimeException e) {
                problems.add(new ModelProblem(ModelRule.ENGINE_PARSER, null, e.getMessage()));
            }
            return problems;
        });
    }

    private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl configuration) {
        return configuration.getDeployers().stream()
                .filter(BpmnDeployer.class::isInstance)
                .map(deployer -> ((BpmnDeployer) deployer).getBpmnParser())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
    }

    /** Parsed inside a command, as the deployment parses it: the engine's transform reads its configuration there. */
    private static List<ModelProblem> parseDecisions(ProcessEngineConfigurationImpl configuration, byte[] content) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            try {
                configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
                return List.of();
            } catch (RuntimeException e) {
                return List.of(new ModelProblem(ModelRule.ENGINE_PARSER, null, e.getMessage()));
            }
        });
    }
}
