package com.cocreation5r.mission;

import java.time.Instant;

/**
 * The published evaluation scheme of a campaign and the check anyone can run on it: the digest
 * stored at publication against the digest of the scheme as it stands now, and its canonical text
 * to recompute the digest independently.
 */
public record SchemeCheck(Long campaignId, EvaluationScheme scheme, String canonicalForm, String publishedDigest,
        String currentDigest, Instant publishedAt) {

    public boolean matches() {
        return publishedDigest != null && publishedDigest.equals(currentDigest);
    }
}
