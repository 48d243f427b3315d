package com.cocreation5r.retention;

import com.cocreation5r.partner.Honour;
import java.time.Instant;

/** A partner's measured contribution to one campaign and the honour it earned. */
public record ContributionView(Long campaignId, String campaignTitle, ContributionMeasures measures, Honour honour,
        Instant measuredAt) {
}
