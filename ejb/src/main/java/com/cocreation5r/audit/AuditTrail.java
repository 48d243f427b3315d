package com.cocreation5r.audit;

import com.cocreation5r.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Appends domain actions to the audit chain, in the transaction of the action itself: the entry
 * is written if and only if the action commits. The actor is the signed-in user, or
 * {@value AuditEntry#SYSTEM} when nobody is (start-up, the job executor).
 *
 * <p>Appending locks the chain's head until the transaction ends, so services record as their
 * last step.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public AuditEntry record(AuditAction action, String subjectType, Object subjectId, Long campaignId,
            Map<String, String> details) {
        String actor = caller.signedInUserId().orElse(AuditEntry.SYSTEM);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain has no head row; is the schema migrated?");
        }
        AuditEntry entry = AuditEntry.following(head.lastEntryId(), head.lastHash(), clock.instant(), actor, action,
                subjectType, String.valueOf(subjectId), campaignId, AuditDetails.canonical(details));
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }
}
