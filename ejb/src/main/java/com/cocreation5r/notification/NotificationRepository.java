package com.cocreation5r.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The notification outbox. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public List<Notification> forCampaign(Long campaignId) {
        return em.createQuery("select n from Notification n where n.campaignId = :campaign order by n.id",
                        Notification.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }
}
