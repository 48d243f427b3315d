package com.cocreation5r.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Missions and the partners' terms acceptances in the application's database. */
@ApplicationScoped
public class MissionRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Mission mission) {
        em.persist(mission);
    }

    public void add(TermsAcceptance acceptance) {
        em.persist(acceptance);
    }

    public Optional<Mission> ofCampaign(Long campaignId) {
        return em.createQuery("select m from Mission m where m.campaignId = :campaign", Mission.class)
                .setParameter("campaign", campaignId)
                .getResultStream().findFirst();
    }

    public Mission requireOfCampaign(Long campaignId) {
        return ofCampaign(campaignId).orElseThrow(() -> new MissionRuleBroken(MissionRuleBroken.Rule.NO_MISSION));
    }

    public Optional<TermsAcceptance> acceptance(Long campaignId, String userId) {
        return em.createQuery("select t from TermsAcceptance t where t.campaignId = :campaign and t.userId = :user",
                        TermsAcceptance.class)
                .setParameter("campaign", campaignId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public List<TermsAcceptance> acceptances(Long campaignId) {
        return em.createQuery("select t from TermsAcceptance t where t.campaignId = :campaign order by t.id",
                        TermsAcceptance.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /** Every campaign invitation of one partner, oldest first. */
    public List<TermsAcceptance> acceptancesOf(String userId) {
        return em.createQuery("select t from TermsAcceptance t where t.userId = :user order by t.id",
                        TermsAcceptance.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
