package com.cocreation5r.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Campaigns in the application's database. */
@ApplicationScoped
public class CampaignRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Campaign campaign) {
        em.persist(campaign);
    }

    public Optional<Campaign> campaign(Long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    public Campaign require(Long id) {
        return campaign(id).orElseThrow(() -> new IllegalArgumentException("No campaign " + id));
    }

    /** The titles of the campaigns with these business keys, by key: one query for a page of tasks. */
    public Map<String, String> titlesByBusinessKey(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.businessKey, c.title from Campaign c where c.businessKey in :keys",
                        Object[].class)
                .setParameter("keys", businessKeys)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.createdAt desc, c.id desc", Campaign.class)
                .getResultList();
    }
}
