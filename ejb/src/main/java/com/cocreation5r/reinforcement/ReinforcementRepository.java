package com.cocreation5r.reinforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Reinforcement stages, idea proposals, feasibility checks, comments and support requests. */
@ApplicationScoped
public class ReinforcementRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public Optional<ReinforcementStage> stage(Long campaignId) {
        return em.createQuery("select s from ReinforcementStage s where s.campaignId = :campaign",
                        ReinforcementStage.class)
                .setParameter("campaign", campaignId)
                .getResultStream().findFirst();
    }

    public ReinforcementStage requireStage(Long campaignId) {
        return stage(campaignId).orElseThrow(
                () -> new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.REFINEMENT_NOT_OPEN));
    }

    public Optional<IdeaProposal> proposal(Long ideaId) {
        return em.createQuery("select p from IdeaProposal p where p.ideaId = :idea", IdeaProposal.class)
                .setParameter("idea", ideaId)
                .getResultStream().findFirst();
    }

    public Map<Long, IdeaProposal> proposals(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from IdeaProposal p where p.ideaId in :ideas", IdeaProposal.class)
                .setParameter("ideas", ideaIds)
                .getResultStream().collect(Collectors.toMap(IdeaProposal::getIdeaId, Function.identity()));
    }

    /** The ideas of the campaign its partners submitted to the cohort. */
    public List<IdeaProposal> submittedToCohort(Long campaignId) {
        return em.createQuery("select p from IdeaProposal p where p.campaignId = :campaign"
                        + " and p.submittedAt is not null order by p.submittedAt, p.id", IdeaProposal.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /** Showcased ideas of these campaigns, most recently showcased first. */
    public List<IdeaProposal> showcased(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from IdeaProposal p where p.campaignId in :campaigns"
                        + " and p.showcasedAt is not null order by p.showcasedAt desc, p.id", IdeaProposal.class)
                .setParameter("campaigns", campaignIds)
                .getResultList();
    }

    public List<Long> campaignsInPhase(ReinforcementPhase phase) {
        return em.createQuery("select s.campaignId from ReinforcementStage s where s.phase = :phase order by s.id",
                        Long.class)
                .setParameter("phase", phase)
                .getResultList();
    }

    public List<Long> campaignsWithStage() {
        return em.createQuery("select s.campaignId from ReinforcementStage s order by s.id", Long.class)
                .getResultList();
    }

    public Optional<FeasibilityCheck> latestCheck(Long ideaId) {
        return em.createQuery("select c from FeasibilityCheck c where c.ideaId = :idea order by c.checkedAt desc, c.id desc",
                        FeasibilityCheck.class)
                .setParameter("idea", ideaId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<IdeaComment> comments(Long ideaId) {
        return em.createQuery("select c from IdeaComment c where c.ideaId = :idea order by c.createdAt, c.id",
                        IdeaComment.class)
                .setParameter("idea", ideaId)
                .getResultList();
    }

    public long voteCount(Long ideaId) {
        return em.createQuery("select count(v) from IdeaVote v where v.ideaId = :idea", Long.class)
                .setParameter("idea", ideaId)
                .getSingleResult();
    }

    public Optional<SupportRequest> supportRequest(Long id) {
        return Optional.ofNullable(em.find(SupportRequest.class, id));
    }

    public List<SupportRequest> supportRequestsRaisedBy(String userId) {
        return em.createQuery("select r from SupportRequest r where r.raisedBy = :user order by r.raisedAt desc, r.id desc",
                        SupportRequest.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
