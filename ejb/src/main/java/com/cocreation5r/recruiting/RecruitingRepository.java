package com.cocreation5r.recruiting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Candidates, their applications and interview scores, in the application's database. */
@ApplicationScoped
public class RecruitingRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Candidate> candidateByEmail(String email) {
        return em.createQuery("select c from Candidate c where c.email = :email", Candidate.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public void add(Candidate candidate) {
        em.persist(candidate);
    }

    public void add(Application application) {
        em.persist(application);
    }

    public void add(InterviewScore score) {
        em.persist(score);
    }

    public Optional<Application> application(Long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    public boolean hasApplied(Long campaignId, Long candidateId) {
        return em.createQuery("select count(a) from Application a where a.campaign.id = :campaign"
                        + " and a.candidate.id = :candidate", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("candidate", candidateId)
                .getSingleResult() > 0;
    }

    public List<Application> applications(Long campaignId) {
        return em.createQuery("select a from Application a where a.campaign.id = :campaign order by a.submittedAt, a.id",
                        Application.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    public List<Application> applications(Long campaignId, Collection<ApplicationStatus> statuses) {
        return em.createQuery("select a from Application a where a.campaign.id = :campaign and a.status in :statuses"
                        + " order by a.submittedAt, a.id", Application.class)
                .setParameter("campaign", campaignId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public Optional<InterviewScore> interviewScore(Long applicationId) {
        return em.createQuery("select s from InterviewScore s where s.application.id = :application",
                        InterviewScore.class)
                .setParameter("application", applicationId)
                .getResultStream().findFirst();
    }

    public List<InterviewScore> interviewScores(Long campaignId) {
        return em.createQuery("select s from InterviewScore s join fetch s.application"
                        + " where s.application.campaign.id = :campaign", InterviewScore.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }
}
