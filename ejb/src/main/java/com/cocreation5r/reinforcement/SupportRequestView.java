package com.cocreation5r.reinforcement;

import java.time.Instant;

/** A support request as its partner and the community manager see it. */
public record SupportRequestView(Long id, Long campaignId, String campaignTitle, Long ideaId, String ideaTitle,
        String raisedBy, String question, Instant raisedAt, SupportRequestStatus status, String answer,
        String answeredBy, Instant answeredAt) {
}
