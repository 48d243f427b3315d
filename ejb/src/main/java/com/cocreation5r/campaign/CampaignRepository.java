package com.cocreation5r.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

    public Optional<Campaign> byBusinessKey(String businessKey) {
        return em.createQuery("select c from Campaign c where c.businessKey = :key", Campaign.class)
                .setParameter("key", businessKey)
                .getResultStream().findFirst();
    }

    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.createdAt desc, c.id desc", Campaign.class)
                .getResultList();
    }
}
