package com.cocreation5r.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Ideas and their revisions in the application's database. */
@ApplicationScoped
public class IdeaRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Idea idea) {
        em.persist(idea);
    }

    public Optional<Idea> find(Long id) {
        return Optional.ofNullable(em.find(Idea.class, id));
    }

    public Idea require(Long id) {
        return find(id).orElseThrow(() -> new IdeaNotFound(id));
    }

    public List<Idea> ofCampaign(Long campaignId) {
        return em.createQuery("select i from Idea i where i.campaignId = :campaign order by i.id", Idea.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    public List<Idea> ofCampaign(Long campaignId, Collection<IdeaStatus> statuses) {
        return em.createQuery("select i from Idea i where i.campaignId = :campaign and i.status in :statuses"
                        + " order by i.id", Idea.class)
                .setParameter("campaign", campaignId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** The ideas one partner wrote, in every campaign, newest first. */
    public List<Idea> writtenBy(String userId) {
        return em.createQuery("select i from Idea i where i.authorUserId = :user order by i.createdAt desc, i.id desc",
                        Idea.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public void add(IdeaVote vote) {
        em.persist(vote);
    }

    public Optional<IdeaVote> vote(Long ideaId, String voterUserId) {
        return em.createQuery("select v from IdeaVote v where v.ideaId = :idea and v.voterUserId = :voter",
                        IdeaVote.class)
                .setParameter("idea", ideaId)
                .setParameter("voter", voterUserId)
                .getResultStream().findFirst();
    }

    /**
     * The participant vote as a score from 0 to 100 (1 star is 0, 5 stars is 100, averaged over the
     * voters), or empty when nobody voted.
     */
    public OptionalDouble participantVoteScore(Long ideaId) {
        Double average = em.createQuery("select avg(v.stars) from IdeaVote v where v.ideaId = :idea", Double.class)
                .setParameter("idea", ideaId)
                .getSingleResult();
        if (average == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((average - IdeaVote.MIN_STARS) * 100.0 / (IdeaVote.MAX_STARS - IdeaVote.MIN_STARS));
    }
}
