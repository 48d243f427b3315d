package com.cocreation5r.audit;

/**
 * Follows the audit chain entry by entry and remembers the first entry that does not belong: a
 * gap or a reordering in the ids (an entry removed or inserted), a previous hash that is not the
 * hash of the entry before, or a hash that does not match the entry's own content.
 */
final class ChainWalk {

    private long lastId;
    private String lastHash = ChainHash.GENESIS;
    private long checked;
    private Long firstBroken;

    /** @return whether the chain is still intact after {@code entry} */
    boolean accept(AuditEntry entry) {
        if (firstBroken != null) {
            return false;
        }
        checked++;
        if (entry.getId() != lastId + 1 || !entry.getPreviousHash().equals(lastHash)
                || !entry.computeHash(lastHash).equals(entry.getHash())) {
            firstBroken = entry.getId();
            return false;
        }
        lastId = entry.getId();
        lastHash = entry.getHash();
        return true;
    }

    /**
     * Checks that the walk ended where the chain's head says it ends: entries removed from the end
     * leave the head pointing past the last one.
     */
    boolean endsAt(long headEntryId, String headHash) {
        if (firstBroken != null) {
            return false;
        }
        if (lastId != headEntryId || !lastHash.equals(headHash)) {
            // the last entry rewritten as a whole, or entries missing after it
            firstBroken = lastId == headEntryId ? lastId : lastId + 1;
            return false;
        }
        return true;
    }

    long lastId() {
        return lastId;
    }

    long checked() {
        return checked;
    }

    Long firstBroken() {
        return firstBroken;
    }
}
