package com.cocreation5r.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Purchase-intent polls and their answers in the application's database. */
@ApplicationScoped
public class PurchaseIntentPolls {

    @PersistenceContext
    private EntityManager em;

    public void add(PurchaseIntentPoll poll) {
        em.persist(poll);
    }

    public void add(PurchaseIntentAnswer answer) {
        em.persist(answer);
    }

    public Optional<PurchaseIntentPoll> find(Long pollId) {
        return Optional.ofNullable(em.find(PurchaseIntentPoll.class, pollId));
    }

    public List<PurchaseIntentPoll> ofCampaign(Long campaignId) {
        return em.createQuery("select p from PurchaseIntentPoll p where p.campaignId = :campaign order by p.id",
                        PurchaseIntentPoll.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /** Polls not closed yet, soonest to close first. */
    public List<PurchaseIntentPoll> notClosed() {
        return em.createQuery("select p from PurchaseIntentPoll p where p.closedAt is null order by p.closesAt, p.id",
                        PurchaseIntentPoll.class)
                .getResultList();
    }

    /** Every poll, newest first: the program managers' overview. */
    public List<PurchaseIntentPoll> all() {
        return em.createQuery("select p from PurchaseIntentPoll p order by p.openedAt desc, p.id desc",
                        PurchaseIntentPoll.class)
                .getResultList();
    }

    /** The polls of these ideas, by idea. */
    public Map<Long, PurchaseIntentPoll> ofIdeas(Collection<Long> ideaIds) {
        Map<Long, PurchaseIntentPoll> byIdea = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return byIdea;
        }
        em.createQuery("select p from PurchaseIntentPoll p where p.ideaId in :ideas", PurchaseIntentPoll.class)
                .setParameter("ideas", ideaIds)
                .getResultList()
                .forEach(poll -> byIdea.put(poll.getIdeaId(), poll));
        return byIdea;
    }

    public Optional<PurchaseIntentAnswer> answer(Long pollId, String userId) {
        return em.createQuery("select a from PurchaseIntentAnswer a where a.pollId = :poll and a.userId = :user",
                        PurchaseIntentAnswer.class)
                .setParameter("poll", pollId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    /** One partner's answers to these polls, by poll. */
    public Map<Long, PurchaseIntent> answersOf(String userId, Collection<Long> pollIds) {
        Map<Long, PurchaseIntent> byPoll = new HashMap<>();
        if (pollIds.isEmpty()) {
            return byPoll;
        }
        em.createQuery("select a from PurchaseIntentAnswer a where a.userId = :user and a.pollId in :polls",
                        PurchaseIntentAnswer.class)
                .setParameter("user", userId)
                .setParameter("polls", pollIds)
                .getResultList()
                .forEach(answer -> byPoll.put(answer.getPollId(), answer.getIntent()));
        return byPoll;
    }

    /** The answers to these polls counted by intent, by poll, in one query. */
    public Map<Long, Map<PurchaseIntent, Long>> counted(Collection<Long> pollIds) {
        Map<Long, Map<PurchaseIntent, Long>> byPoll = new HashMap<>();
        if (pollIds.isEmpty()) {
            return byPoll;
        }
        em.createQuery("select a.pollId, a.intent, count(a) from PurchaseIntentAnswer a where a.pollId in :polls"
                        + " group by a.pollId, a.intent", Object[].class)
                .setParameter("polls", pollIds)
                .getResultList()
                .forEach(row -> byPoll.computeIfAbsent((Long) row[0], poll -> new EnumMap<>(PurchaseIntent.class))
                        .put((PurchaseIntent) row[1], (Long) row[2]));
        return byPoll;
    }
}
