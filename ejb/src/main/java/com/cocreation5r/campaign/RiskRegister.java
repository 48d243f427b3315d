package com.cocreation5r.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The campaigns' risk registers in the application's database. */
@ApplicationScoped
public class RiskRegister {

    @PersistenceContext
    private EntityManager em;

    public void add(RiskRegisterEntry entry) {
        em.persist(entry);
    }

    public Optional<RiskRegisterEntry> entry(Long id) {
        return Optional.ofNullable(em.find(RiskRegisterEntry.class, id));
    }

    /** The campaign's register, stage by stage. */
    public List<RiskRegisterEntry> ofCampaign(Long campaignId) {
        return em.createQuery("select r from RiskRegisterEntry r where r.campaignId = :campaign order by r.id",
                        RiskRegisterEntry.class)
                .setParameter("campaign", campaignId)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(RiskRegisterEntry::getStage))
                .toList();
    }
}
