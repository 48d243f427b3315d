package com.cocreation5r.processmodel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The deployed versions of every process and decision, read through the engine as the caller
 * (its authorizations decide what is listed).
 */
@Dependent
public class ModelVersions {

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ProcessChangeRepository changes;

    /** Every version, newest first within each key, keys in alphabetical order. */
    public List<ModelVersion> all() {
        List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().list();
        List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().list();
        Set<String> deploymentIds = new java.util.HashSet<>();
        processes.forEach(p -> deploymentIds.add(p.getDeploymentId()));
        decisions.forEach(d -> deploymentIds.add(d.getDeploymentId()));
        Map<String, Deployment> deployments = repositoryService.createDeploymentQuery().list().stream()
                .filter(deployment -> deploymentIds.contains(deployment.getId()))
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, ProcessChange> byDeployment = changes.byDeployment(deploymentIds);
        Map<String, Integer> latestProcess = processes.stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion, Math::max));
        Map<String, Integer> latestDecision = decisions.stream()
                .collect(Collectors.toMap(DecisionDefinition::getKey, DecisionDefinition::getVersion, Math::max));
        List<ModelVersion> versions = new ArrayList<>();
        for (ProcessDefinition p : processes) {
            long running = runtimeService.createProcessInstanceQuery().processDefinitionId(p.getId()).count();
            versions.add(version(p.getId(), p.getKey(), p.getName(), p.getVersion(), ModelVersion.Kind.PROCESS,
                    p.getResourceName(), deployments.get(p.getDeploymentId()), byDeployment.get(p.getDeploymentId()),
                    running, latestProcess.get(p.getKey()) == p.getVersion()));
        }
        for (DecisionDefinition d : decisions) {
            versions.add(version(d.getId(), d.getKey(), d.getName(), d.getVersion(), ModelVersion.Kind.DECISION,
                    d.getResourceName(), deployments.get(d.getDeploymentId()), byDeployment.get(d.getDeploymentId()),
                    0, latestDecision.get(d.getKey()) == d.getVersion()));
        }
        versions.sort(Comparator.comparing(ModelVersion::kind).thenComparing(ModelVersion::key)
                .thenComparing(Comparator.comparingInt(ModelVersion::version).reversed()));
        return versions;
    }

    public ModelVersion require(String definitionId) {
        ProcessDefinition process = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        if (process != null) {
            return version(process.getId(), process.getKey(), process.getName(), process.getVersion(),
                    ModelVersion.Kind.PROCESS, process.getResourceName(), null, null, 0, false);
        }
        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionId(definitionId).singleResult();
        if (decision != null) {
            return version(decision.getId(), decision.getKey(), decision.getName(), decision.getVersion(),
                    ModelVersion.Kind.DECISION, decision.getResourceName(), null, null, 0, false);
        }
        throw new ProcessChangeRefused(ProcessChangeRefused.Reason.NOT_FOUND);
    }

    /** The latest deployed version of a process key, else of a decision key. */
    public Optional<String> latestDefinitionId(String key) {
        ProcessDefinition process = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (process != null) {
            return Optional.of(process.getId());
        }
        return Optional.ofNullable(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult()).map(DecisionDefinition::getId);
    }

    /** The model file a version was deployed from, with its diagram layout. */
    public byte[] model(String definitionId) {
        ModelVersion version = require(definitionId);
        try (InputStream model = version.kind() == ModelVersion.Kind.PROCESS
                ? repositoryService.getProcessModel(definitionId)
                : repositoryService.getDecisionModel(definitionId)) {
            return model.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelVersion version(String id, String key, String name, int number, ModelVersion.Kind kind,
            String resourceName, Deployment deployment, ProcessChange change, long running, boolean latest) {
        Instant deployedAt = deployment == null || deployment.getDeploymentTime() == null ? null
                : deployment.getDeploymentTime().toInstant();
        String deployedBy = change != null ? change.getAuthorUserId() : "system";
        return new ModelVersion(id, key, name == null ? key : name, number, kind, resourceName,
                deployment == null ? null : deployment.getId(), deployedAt, deployedBy,
                change == null ? null : change.getReviewerUserId(), running, latest);
    }

    /** The key a model deploys under: its first executable process, or its first decision. */
    static String keyOf(String resourceName, byte[] content) {
        String name = resourceName.toLowerCase();
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content))
                    .getModelElementsByType(Decision.class).iterator().next().getId();
        }
        return Bpmn.readModelFromStream(new ByteArrayInputStream(content))
                .getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .map(Process::getId)
                .findFirst()
                .orElseThrow(() -> new ModelRejected(List.of(new ModelProblem(ModelRule.NO_EXECUTABLE_MODEL, null,
                        "The file has no executable process"))));
    }

    /** The model as text; models are UTF-8, anything else is refused rather than garbled. */
    static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.NOT_UTF8);
        }
    }
}
