package com.cocreation5r.retention;

import java.time.Instant;
import java.util.List;

/**
 * A pool partner's page for the program's staff. {@code invitationLink} (relative to the
 * application's address) is present only while a set-password invitation is pending and only for
 * program managers, who may hand it over.
 */
public record PoolPartnerView(PoolPartnerSummary partner, String email, String invitationLink,
        Instant invitationExpiresAt, String mentorName, List<String> menteeNames,
        List<ContributionView> contributions) {
}
