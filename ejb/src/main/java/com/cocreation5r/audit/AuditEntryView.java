package com.cocreation5r.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as the audit page shows it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, AuditAction action, String subjectType,
        String subjectId, Long campaignId, String details, String hash) implements Serializable {

    private static final int HASH_PREFIX = 12;

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                entry.getSubjectType(), entry.getSubjectId(), entry.getCampaignId(), entry.getDetails(),
                entry.getHash());
    }

    /** Enough of the hash to compare by eye. */
    public String hashPrefix() {
        return hash.substring(0, HASH_PREFIX);
    }
}
