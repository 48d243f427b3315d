package com.cocreation5r.audit;

import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log as auditors and administrators see it: whether its chain is intact, and its
 * entries. Nothing here changes an entry; reading entries about people is itself recorded.
 */
@Stateless
@RolesAllowed({Groups.AUDITOR, Groups.ADMIN})
public class AuditVerification {

    /** Entries read per query while verifying: the log grows without bound. */
    static final int VERIFY_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    /** Recomputes the chain from its first entry to its head. */
    public ChainVerification verify() {
        // the head first: every entry up to it has committed, later appends are not this check's concern
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        ChainWalk walk = new ChainWalk();
        boolean intact = true;
        long after = 0;
        while (intact) {
            List<AuditEntry> page = em.createQuery("select e from AuditEntry e where e.id > :after"
                            + " and e.id <= :last order by e.id", AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("last", head.lastEntryId())
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                after = entry.getId();
                if (!walk.accept(entry)) {
                    intact = false;
                    break;
                }
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        if (intact && walk.endsAt(head.lastEntryId(), head.lastHash())) {
            return ChainVerification.intact(walk.checked(), clock.instant());
        }
        return ChainVerification.brokenAt(walk.firstBroken(), walk.checked(), clock.instant());
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }

    /**
     * One page of entries, newest first. If the page shows entries about people, the reading is
     * recorded with the entries read.
     */
    public List<AuditEntryView> entries(int first, int pageSize) {
        List<AuditEntryView> page = em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(pageSize, 1))
                .getResultStream()
                .map(AuditEntryView::of)
                .toList();
        List<AuditEntryView> personal = page.stream().filter(entry -> AuditSubject.isPersonal(entry.subjectType()))
                .toList();
        if (!personal.isEmpty()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("entries", personal.stream().map(entry -> String.valueOf(entry.id()))
                    .collect(Collectors.joining(",")));
            details.put("subjects", personal.stream().map(entry -> entry.subjectType() + ":" + entry.subjectId())
                    .distinct().collect(Collectors.joining(",")));
            trail.record(AuditAction.PERSONAL_DATA_READ, AuditSubject.AUDIT_LOG, "entries", null, details);
        }
        return page;
    }
}
