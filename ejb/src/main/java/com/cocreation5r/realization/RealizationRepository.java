package com.cocreation5r.realization;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Triage, fast-tracks, hand-overs, implementations, explanations and the archive in the database. */
@ApplicationScoped
public class RealizationRepository {

    @PersistenceContext
    private EntityManager em;

    void add(Triage triage) {
        em.persist(triage);
    }

    void add(FastTrack fastTrack) {
        em.persist(fastTrack);
    }

    void add(HandOver handOver) {
        em.persist(handOver);
    }

    void add(Implementation implementation) {
        em.persist(implementation);
    }

    void add(RejectionReason reason) {
        em.persist(reason);
    }

    void add(RejectionExplanation explanation) {
        em.persist(explanation);
    }

    void add(IdeaArchiveEntry entry) {
        em.persist(entry);
    }

    /** The rotation's row, locked until the transaction ends. */
    TriageRotation lockRotation() {
        TriageRotation rotation = em.find(TriageRotation.class, TriageRotation.ID, LockModeType.PESSIMISTIC_WRITE);
        if (rotation == null) {
            throw new IllegalStateException("The triage rotation has no row; is the schema migrated?");
        }
        return rotation;
    }

    /** Open, unescalated triage tasks the rotation gave each of these managers. */
    Map<String, Long> openTriageLoad(Collection<String> managers) {
        Map<String, Long> load = new HashMap<>();
        if (managers.isEmpty()) {
            return load;
        }
        em.createQuery("select t.assignedTo, count(t) from Triage t where t.assignedTo in :managers"
                        + " and t.closedAt is null and t.escalatedAt is null group by t.assignedTo", Object[].class)
                .setParameter("managers", managers)
                .getResultStream().forEach(row -> load.put((String) row[0], (Long) row[1]));
        return load;
    }

    /** Each manager's latest turn, for those the rotation ever gave an idea. */
    Map<String, Long> lastTurns(Collection<String> managers) {
        Map<String, Long> turns = new HashMap<>();
        if (managers.isEmpty()) {
            return turns;
        }
        em.createQuery("select t.assignedTo, max(t.assignedTurn) from Triage t where t.assignedTo in :managers"
                        + " group by t.assignedTo", Object[].class)
                .setParameter("managers", managers)
                .getResultStream().forEach(row -> turns.put((String) row[0], (Long) row[1]));
        return turns;
    }

    Optional<Triage> triageOfTask(String taskId) {
        return em.createQuery("select t from Triage t where t.taskId = :task", Triage.class)
                .setParameter("task", taskId)
                .getResultStream().findFirst();
    }

    /** The latest decided triage of the idea in this round that routed it to a department. */
    public Optional<Triage> routing(Long ideaId, int round) {
        return em.createQuery("select t from Triage t where t.ideaId = :idea and t.realizationRound = :round"
                        + " and t.department is not null order by t.decidedAt desc, t.id desc", Triage.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    List<HandOver> handOvers(Long ideaId, int round) {
        return em.createQuery("select h from HandOver h where h.ideaId = :idea and h.realizationRound = :round"
                        + " order by h.decidedAt, h.id", HandOver.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultList();
    }

    Optional<FastTrack> fastTrack(Long ideaId, int round) {
        return em.createQuery("select f from FastTrack f where f.ideaId = :idea and f.realizationRound = :round",
                        FastTrack.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    Optional<Implementation> implementation(Long ideaId, int round) {
        return em.createQuery("select i from Implementation i where i.ideaId = :idea and i.realizationRound = :round",
                        Implementation.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    public List<RejectionReason> reasons() {
        return em.createQuery("select r from RejectionReason r order by r.id", RejectionReason.class).getResultList();
    }

    Optional<RejectionReason> reason(Long id) {
        return Optional.ofNullable(em.find(RejectionReason.class, id));
    }

    Optional<RejectionReason> reasonByCode(String code) {
        return em.createQuery("select r from RejectionReason r where r.code = :code", RejectionReason.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    Optional<RejectionExplanation> explanation(Long ideaId, int round) {
        return em.createQuery("select e from RejectionExplanation e where e.ideaId = :idea"
                        + " and e.realizationRound = :round", RejectionExplanation.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    /** The explanations addressed to one partner, newest first. */
    List<RejectionExplanation> explanationsFor(String partnerUserId) {
        return em.createQuery("select e from RejectionExplanation e where e.partnerUserId = :partner"
                        + " order by e.explainedAt desc, e.id desc", RejectionExplanation.class)
                .setParameter("partner", partnerUserId)
                .getResultList();
    }

    Optional<IdeaArchiveEntry> archiveEntry(Long ideaId, int round) {
        return em.createQuery("select a from IdeaArchiveEntry a where a.ideaId = :idea and a.realizationRound = :round",
                        IdeaArchiveEntry.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    /** Archived ideas whose title or summary contains {@code text} (any, if blank), newest first. */
    List<Idea> archivedIdeas(String text) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select i from Idea i where i.status = :archived and (lower(i.title) like :text"
                        + " escape '\\' or lower(i.summary) like :text escape '\\') order by i.submittedAt desc, i.id desc",
                        Idea.class)
                .setParameter("archived", IdeaStatus.ARCHIVED)
                .setParameter("text", pattern)
                .setMaxResults(200)
                .getResultList();
    }

    /** Every idea that was submitted, in every campaign, newest first: the executives' direct channel. */
    List<Idea> submittedIdeas() {
        return em.createQuery("select i from Idea i where i.status <> :draft order by i.submittedAt desc, i.id desc",
                        Idea.class)
                .setParameter("draft", IdeaStatus.DRAFT)
                .setMaxResults(500)
                .getResultList();
    }
}
