package com.cocreation5r.partner;

/**
 * Fired in the transaction that admits a selected candidate to the pool, so that what follows a
 * partner's admission (the account invitation, a mentor) is handled where it belongs.
 *
 * @param partner the partner, new or returning
 * @param campaignId the campaign whose cohort they joined
 * @param newToPool whether this campaign brought them into the pool (they are nobody's returning partner)
 * @param newAccount whether an engine user was just created for them (it has no password yet)
 */
public record PartnerAdmitted(Partner partner, Long campaignId, boolean newToPool, boolean newAccount) {
}
