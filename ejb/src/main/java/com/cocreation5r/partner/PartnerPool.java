package com.cocreation5r.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The standing pool of partners, kept across campaigns. */
@ApplicationScoped
public class PartnerPool {

    @PersistenceContext
    private EntityManager em;

    public boolean contains(Long candidateId) {
        return em.createQuery("select count(p) from Partner p where p.candidate.id = :candidate", Long.class)
                .setParameter("candidate", candidateId)
                .getSingleResult() > 0;
    }

    public Optional<Partner> byCandidate(Long candidateId) {
        return em.createQuery("select p from Partner p where p.candidate.id = :candidate", Partner.class)
                .setParameter("candidate", candidateId)
                .getResultStream().findFirst();
    }

    public Optional<Partner> byUserId(String userId) {
        return em.createQuery("select p from Partner p where p.userId = :user", Partner.class)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public void add(Partner partner) {
        em.persist(partner);
    }

    public Optional<Partner> find(Long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    /** The partners still in the pool. */
    public List<Partner> active() {
        return em.createQuery("select p from Partner p where p.leftAt is null order by p.joinedAt, p.id", Partner.class)
                .getResultList();
    }

    public List<Partner> all() {
        return em.createQuery("select p from Partner p order by p.joinedAt, p.id", Partner.class).getResultList();
    }
}
