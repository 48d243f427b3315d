package com.cocreation5r.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain, in a table of one row. A transaction that appends locks this row
 * first, so appends happen one after the other and the chain stays one line even when many
 * transactions record at once; it also tells verification where the chain must end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_entry_id", nullable = false)
    private long lastEntryId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastEntryId() {
        return lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(AuditEntry entry) {
        if (entry.getId() != lastEntryId + 1 || !entry.getPreviousHash().equals(lastHash)) {
            throw new IllegalStateException("Entry " + entry.getId() + " does not follow the chain's end");
        }
        lastEntryId = entry.getId();
        lastHash = entry.getHash();
    }
}
