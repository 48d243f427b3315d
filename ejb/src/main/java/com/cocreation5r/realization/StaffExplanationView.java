package com.cocreation5r.realization;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rejection explanation as staff read it in the archive: with the expert, the internal notes and
 * the reasons as chosen then, retired ones included.
 */
public record StaffExplanationView(String expertUserId, LocalDate meetingDate, List<ReasonOption> reasons,
        String notesToPartner, String internalNotes, Instant explainedAt, Instant acknowledgedAt,
        String partnerComment) implements Serializable {

    public StaffExplanationView {
        reasons = List.copyOf(reasons);
    }

    static StaffExplanationView of(RejectionExplanation explanation) {
        return new StaffExplanationView(explanation.getExpertUserId(), explanation.getMeetingDate(),
                explanation.getReasons().stream().map(ReasonOption::of).toList(), explanation.getNotesToPartner(),
                explanation.getInternalNotes(), explanation.getExplainedAt(), explanation.getAcknowledgedAt(),
                explanation.getPartnerComment());
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
