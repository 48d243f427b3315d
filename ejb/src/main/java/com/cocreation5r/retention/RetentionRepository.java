package com.cocreation5r.retention;

import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.mission.TermsDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Contributions, surveys, follow-ups, mentorships and check-ins in the application's database. */
@ApplicationScoped
public class RetentionRepository {

    /** The statuses of an idea its partner handed in: all but a draft. */
    static final Set<IdeaStatus> HANDED_IN = EnumSet.complementOf(EnumSet.of(IdeaStatus.DRAFT));
    /** The statuses of an idea the company took on. */
    static final Set<IdeaStatus> ACCEPTED = EnumSet.of(IdeaStatus.ACCEPTED, IdeaStatus.IN_EXECUTION,
            IdeaStatus.IMPLEMENTED);

    @PersistenceContext
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public Optional<PartnerContribution> contribution(Long campaignId, Long partnerId) {
        return em.createQuery("select c from PartnerContribution c where c.campaignId = :campaign"
                        + " and c.partner.id = :partner", PartnerContribution.class)
                .setParameter("campaign", campaignId)
                .setParameter("partner", partnerId)
                .getResultStream().findFirst();
    }

    public List<PartnerContribution> contributionsOf(Long partnerId) {
        return em.createQuery("select c from PartnerContribution c where c.partner.id = :partner"
                        + " order by c.measuredAt desc, c.id desc", PartnerContribution.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    public Optional<SatisfactionSurvey> survey(Long campaignId, Long partnerId) {
        return em.createQuery("select s from SatisfactionSurvey s where s.campaignId = :campaign"
                        + " and s.partner.id = :partner", SatisfactionSurvey.class)
                .setParameter("campaign", campaignId)
                .setParameter("partner", partnerId)
                .getResultStream().findFirst();
    }

    public List<SatisfactionFollowUp> followUps(Long campaignId) {
        return em.createQuery("select f from SatisfactionFollowUp f where f.campaignId = :campaign order by f.id",
                        SatisfactionFollowUp.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    public Optional<Mentorship> mentorshipOf(Long menteeId) {
        return em.createQuery("select m from Mentorship m where m.mentee.id = :mentee", Mentorship.class)
                .setParameter("mentee", menteeId)
                .getResultStream().findFirst();
    }

    public List<Mentorship> menteesOf(Long mentorId) {
        return em.createQuery("select m from Mentorship m where m.mentor.id = :mentor order by m.assignedAt, m.id",
                        Mentorship.class)
                .setParameter("mentor", mentorId)
                .getResultList();
    }

    public long mentorshipCount(Long mentorId) {
        return em.createQuery("select count(m) from Mentorship m where m.mentor.id = :mentor", Long.class)
                .setParameter("mentor", mentorId)
                .getSingleResult();
    }

    /** The latest campaign whose terms (and NDA) the partner accepted. */
    public Optional<Long> lastCampaignAccepted(Long partnerId) {
        return Optional.ofNullable(em.createQuery("select max(t.campaignId) from TermsAcceptance t"
                        + " where t.partner.id = :partner and t.decision = :accepted", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("accepted", TermsDecision.ACCEPTED)
                .getSingleResult());
    }

    // ------------------------------------------------------------------ contribution measures

    /** How many of the partner's ideas in the campaign are in one of {@code statuses}. */
    public long ideasIn(Set<IdeaStatus> statuses, Long campaignId, String userId) {
        return em.createQuery("select count(i) from Idea i where i.campaignId = :campaign and i.authorUserId = :user"
                        + " and i.status in :statuses", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("user", userId)
                .setParameter("statuses", statuses)
                .getSingleResult();
    }

    /** Ids of the partner's ideas in the campaign that were handed in. */
    public List<Long> submittedIdeaIds(Long campaignId, String userId) {
        return em.createQuery("select i.id from Idea i where i.campaignId = :campaign and i.authorUserId = :user"
                        + " and i.status in :statuses order by i.id", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("user", userId)
                .setParameter("statuses", HANDED_IN)
                .getResultList();
    }

    public long votesCast(Long campaignId, String userId) {
        return em.createQuery("select count(v) from IdeaVote v, Idea i where v.ideaId = i.id"
                        + " and i.campaignId = :campaign and v.voterUserId = :user", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("user", userId)
                .getSingleResult();
    }

    /** Revisions the partner saved on any idea of the campaign after its first draft. */
    public long revisionsMade(Long campaignId, String userId) {
        return em.createQuery("select count(r) from Idea i join i.revisions r where i.campaignId = :campaign"
                        + " and r.revisedBy = :user and r.number > 1", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("user", userId)
                .getSingleResult();
    }
}
