package com.cocreation5r.processmodel;

import com.cocreation5r.process.ProcessChangeProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * The models a release of the application ships, set against what process owners deployed since.
 * A shipped model that changed would become the latest version at start-up; when the owners have
 * deployed a version of their own after the last shipped one, that would silently replace their
 * work. Such a model is proposed to them instead, as a change request of the release
 * ({@link ProcessChangeProcess#RELEASE_AUTHOR}) that any process owner reviews against their
 * version, once per model file.
 */
@Dependent
public class ReleaseModels {

    private static final Logger LOG = Logger.getLogger(ReleaseModels.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ChangeRequests changeRequests;

    @Inject
    private Clock clock;

    /**
     * Whether the shipped model must go to the process owners rather than be deployed: it differs
     * from the last version shipped under {@code shippedDeploymentName}, and the latest version of
     * its key was deployed by the owners.
     */
    public boolean supersedesOwnersVersion(ProcessEngine engine, String shippedDeploymentName, String resourceName,
            byte[] content) {
        RepositoryService repository = engine.getRepositoryService();
        String key = ModelVersions.keyOf(resourceName, content);
        Optional<ResourceDefinition> latest = definitions(repository, key).max(byVersion());
        if (latest.isEmpty()) {
            return false;
        }
        Set<String> shipped = repository.createDeploymentQuery().deploymentName(shippedDeploymentName).list().stream()
                .map(Deployment::getId)
                .collect(Collectors.toSet());
        if (shipped.contains(latest.get().getDeploymentId())) {
            return false;
        }
        Optional<ResourceDefinition> lastShipped = definitions(repository, key)
                .filter(definition -> shipped.contains(definition.getDeploymentId()))
                .max(byVersion());
        return lastShipped.isEmpty() || !Arrays.equals(content,
                resource(repository, lastShipped.get().getDeploymentId(), lastShipped.get().getResourceName()));
    }

    /**
     * Opens a change request of the release for the model, unless the release already proposed
     * this very file (a restart, or the owners decided on it already).
     */
    public void propose(ProcessEngine engine, String resourceName, byte[] content) {
        String key = ModelVersions.keyOf(resourceName, content);
        String xml = ModelVersions.utf8(content);
        boolean proposedBefore = em.createQuery("select c.modelXml from ProcessChange c where c.authorUserId = :release "
                        + "and c.modelKey = :key", String.class)
                .setParameter("release", ProcessChangeProcess.RELEASE_AUTHOR)
                .setParameter("key", key)
                .getResultStream()
                .anyMatch(xml::equals);
        if (proposedBefore) {
            return;
        }
        String base = definitions(engine.getRepositoryService(), key).max(byVersion())
                .map(ResourceDefinition::getId).orElse(null);
        ProcessChange change = new ProcessChange(ProcessChange.Kind.CHANGE, key, resourceName, xml,
                "Shipped with a new release of the application. Process owners deployed a version of their own "
                        + "since the last release, so it is not deployed over theirs: compare, then approve it "
                        + "or decline it and keep your version.",
                base, null, ProcessChangeProcess.RELEASE_AUTHOR, clock.instant());
        changeRequests.open(change, engine.getRuntimeService());
        LOG.warning(() -> "The release's model " + resourceName + " was not deployed over the process owners' version "
                + base + ": change request " + change.getId() + " waits for their review");
    }

    private static Stream<ResourceDefinition> definitions(RepositoryService repository, String key) {
        Stream<ResourceDefinition> processes = repository.createProcessDefinitionQuery()
                .processDefinitionKey(key).list().stream().map(ResourceDefinition.class::cast);
        Stream<ResourceDefinition> decisions = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(key).list().stream().map(ResourceDefinition.class::cast);
        return Stream.concat(processes, decisions);
    }

    private static Comparator<ResourceDefinition> byVersion() {
        return Comparator.comparingInt(ResourceDefinition::getVersion);
    }

    private static byte[] resource(RepositoryService repository, String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
