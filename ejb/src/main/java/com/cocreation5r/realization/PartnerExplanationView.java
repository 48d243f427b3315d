package com.cocreation5r.realization;

import com.cocreation5r.evaluation.ScoreView;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rejection explanation as its partner reads it: the meeting, the reasons, what they were told
 * and the score published to them. Internal notes and single evaluations are never part of it.
 */
public record PartnerExplanationView(Long ideaId, String ideaTitle, LocalDate meetingDate, List<ReasonOption> reasons,
        String notesToPartner, ScoreView score, Instant explainedAt, Instant acknowledgedAt, String partnerComment)
        implements Serializable {

    public PartnerExplanationView {
        reasons = List.copyOf(reasons);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
