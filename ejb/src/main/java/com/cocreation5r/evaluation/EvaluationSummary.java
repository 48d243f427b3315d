package com.cocreation5r.evaluation;

import java.time.Instant;
import java.util.Map;

/** A completed evaluation, for staff who follow the idea; never shown to partners. */
public record EvaluationSummary(String evaluatorUserId, Map<String, Integer> scores, String comment,
        Instant scoredAt, String schemeDigest) {
}
