package com.cocreation5r.mission;

import java.io.Serializable;
import java.time.Instant;

/**
 * A campaign's mission as the R&amp;R forms show it: the draft (null before the first one), legal's
 * comments, whether the incentives lean too far to the extrinsic side, and the published digest.
 */
public record MissionView(Long campaignId, String campaignTitle, MissionDraft draft, String legalComments,
        boolean termsApproved, String publishedDigest, Instant publishedAt) implements Serializable {

    public boolean drafted() {
        return draft != null;
    }

    public boolean extrinsicDominates() {
        return draft != null && draft.incentives().extrinsicDominates();
    }

    public int extrinsicSharePercent() {
        return draft == null ? 0 : draft.incentives().extrinsicSharePercent();
    }
}
