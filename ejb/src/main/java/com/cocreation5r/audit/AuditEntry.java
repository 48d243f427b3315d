package com.cocreation5r.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One recorded domain action: who did what to which subject, when. Entries form one chain: each
 * carries the hash of the entry before it and its own hash over that and all its fields, and its
 * id is its place in the chain (1, 2, 3, … without gaps). Nothing changes an entry once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The actor of actions nobody signed in took: start-up, the job executor. */
    public static final String SYSTEM = "system";

    @Id
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 200)
    private String subjectId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(nullable = false, updatable = false, length = 4000)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * The entry that follows the one with {@code previousId} and {@code previousHash} (0 and
     * {@link ChainHash#GENESIS} for the first). The time is kept to the microsecond, as the
     * database stores it, so the hash can be recomputed from the stored row.
     */
    static AuditEntry following(long previousId, String previousHash, Instant occurredAt, String actor,
            AuditAction action, String subjectType, String subjectId, Long campaignId, String details) {
        AuditEntry entry = new AuditEntry();
        entry.id = previousId + 1;
        entry.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(ChronoUnit.MICROS);
        entry.actor = Objects.requireNonNull(actor);
        entry.action = Objects.requireNonNull(action);
        entry.subjectType = Objects.requireNonNull(subjectType);
        entry.subjectId = Objects.requireNonNull(subjectId);
        entry.campaignId = campaignId;
        entry.details = Objects.requireNonNull(details);
        entry.previousHash = Objects.requireNonNull(previousHash);
        entry.hash = entry.computeHash(previousHash);
        return entry;
    }

    /** The hash this entry should carry if it follows an entry whose hash is {@code previousHash}. */
    String computeHash(String previousHash) {
        return ChainHash.of(previousHash, id, occurredAt, actor, action, subjectType, subjectId, campaignId,
                details);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
