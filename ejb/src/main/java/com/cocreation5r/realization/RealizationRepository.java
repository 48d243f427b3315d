package com.cocreation5r.realization;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
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

    /** Every Realization of the idea that ended in the archive, the first first. */
    List<IdeaArchiveEntry> archiveEntries(Long ideaId) {
        return em.createQuery("select a from IdeaArchiveEntry a where a.ideaId = :idea order by a.realizationRound",
                        IdeaArchiveEntry.class)
                .setParameter("idea", ideaId)
                .getResultList();
    }

    /**
     * One page of the ideas in the archive now that match the search, last archived first, each
     * with the entry of the Realization that archived it. From and to are whole days in {@code zone}.
     */
    List<Object[]> archivedIdeas(ArchiveSearch search, ZoneId zone, int first, int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select i, a" + archiveFilter(search)
                + " order by a.archivedAt desc, i.id desc", Object[].class);
        bindArchiveFilter(query, search, zone);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    long countArchivedIdeas(ArchiveSearch search, ZoneId zone) {
        TypedQuery<Long> query = em.createQuery("select count(i)" + archiveFilter(search), Long.class);
        bindArchiveFilter(query, search, zone);
        return query.getSingleResult();
    }

    private static String archiveFilter(ArchiveSearch search) {
        StringBuilder where = new StringBuilder(" from Idea i, IdeaArchiveEntry a where a.ideaId = i.id"
                + " and a.realizationRound = i.realizationRound and i.status = :archived");
        if (search.campaignId() != null) {
            where.append(" and i.campaignId = :campaign");
        }
        if (hasText(search.text())) {
            where.append(" and (lower(i.title) like :text escape '\\' or lower(i.summary) like :text escape '\\')");
        }
        if (hasText(search.partner())) {
            where.append(" and lower(i.partner.candidate.fullName) like :partner escape '\\'");
        }
        if (search.reasonId() != null) {
            where.append(" and exists (select e.id from RejectionExplanation e join e.reasons r where e.ideaId = i.id"
                    + " and e.realizationRound = a.realizationRound and r.id = :reason)");
        }
        if (search.archivedFrom() != null) {
            where.append(" and a.archivedAt >= :from");
        }
        if (search.archivedTo() != null) {
            where.append(" and a.archivedAt < :toExclusive");
        }
        return where.toString();
    }

    private static void bindArchiveFilter(TypedQuery<?> query, ArchiveSearch search, ZoneId zone) {
        query.setParameter("archived", IdeaStatus.ARCHIVED);
        if (search.campaignId() != null) {
            query.setParameter("campaign", search.campaignId());
        }
        if (hasText(search.text())) {
            query.setParameter("text", containing(search.text()));
        }
        if (hasText(search.partner())) {
            query.setParameter("partner", containing(search.partner()));
        }
        if (search.reasonId() != null) {
            query.setParameter("reason", search.reasonId());
        }
        if (search.archivedFrom() != null) {
            query.setParameter("from", search.archivedFrom().atStartOfDay(zone).toInstant());
        }
        if (search.archivedTo() != null) {
            query.setParameter("toExclusive", search.archivedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** A LIKE pattern for text anywhere, lower case, with the pattern's own characters escaped. */
    private static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
