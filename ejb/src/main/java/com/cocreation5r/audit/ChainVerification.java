package com.cocreation5r.audit;

import java.time.Instant;

/**
 * The outcome of checking the audit chain: intact, or broken first at an entry whose content,
 * link or place in the chain is not what was written.
 *
 * @param entriesChecked entries read, up to and including the first broken one
 * @param firstBrokenEntryId {@code null} when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId, Instant verifiedAt) {

    static ChainVerification intact(long entriesChecked, Instant verifiedAt) {
        return new ChainVerification(true, entriesChecked, null, verifiedAt);
    }

    static ChainVerification brokenAt(long entryId, long entriesChecked, Instant verifiedAt) {
        return new ChainVerification(false, entriesChecked, entryId, verifiedAt);
    }
}
