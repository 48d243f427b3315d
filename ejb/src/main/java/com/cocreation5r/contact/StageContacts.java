package com.cocreation5r.contact;

import com.cocreation5r.campaign.CampaignStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The campaigns' named stage contacts in the application's database. */
@ApplicationScoped
public class StageContacts {

    @PersistenceContext
    private EntityManager em;

    public void add(StageContact contact) {
        em.persist(contact);
    }

    public Optional<StageContact> of(Long campaignId, CampaignStage stage) {
        return em.createQuery("select c from StageContact c where c.campaignId = :campaign and c.stage = :stage",
                        StageContact.class)
                .setParameter("campaign", campaignId)
                .setParameter("stage", stage)
                .getResultStream()
                .findFirst();
    }

    public List<StageContact> ofCampaign(Long campaignId) {
        return em.createQuery("select c from StageContact c where c.campaignId = :campaign", StageContact.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }
}
