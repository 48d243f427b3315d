package com.cocreation5r.retention;

import com.cocreation5r.partner.Honour;
import java.time.Instant;

/** A partner in the pool list of the program's staff. */
public record PoolPartnerSummary(Long id, String fullName, String userId, Honour honour, Instant joinedAt,
        Instant leftAt, boolean invitationPending) {

    public boolean inPool() {
        return leftAt == null;
    }
}
