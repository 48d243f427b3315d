package com.cocreation5r.processmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Change requests in the application's database. */
@ApplicationScoped
public class ProcessChangeRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(ProcessChange change) {
        em.persist(change);
        em.flush();
    }

    public ProcessChange require(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ProcessChange.class, id))
                .orElseThrow(() -> new ProcessChangeRefused(ProcessChangeRefused.Reason.NOT_FOUND));
    }

    /** The newest change requests first. */
    public List<ProcessChange> latest(int max) {
        return em.createQuery("select c from ProcessChange c order by c.submittedAt desc, c.id desc",
                        ProcessChange.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Who deployed each of these deployments through a change request: author and reviewer. */
    public Map<String, ProcessChange> byDeployment(Collection<String> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from ProcessChange c where c.deploymentId in :ids", ProcessChange.class)
                .setParameter("ids", deploymentIds)
                .getResultList().stream()
                .collect(Collectors.toMap(ProcessChange::getDeploymentId, change -> change));
    }
}
