package com.cocreation5r.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A computed score with its breakdown and the digest of the scheme it used. */
public record ScoreView(BigDecimal weightedScore, boolean accepted, List<Line> criteria, BigDecimal participantVote,
        int evaluatorCount, String schemeDigest, Instant computedAt) implements Serializable {

    public ScoreView {
        criteria = List.copyOf(criteria);
    }

    public record Line(String criterion, int weight, BigDecimal points) implements Serializable {
    }

    public static ScoreView of(IdeaScore score) {
        return new ScoreView(score.getWeightedScore(), score.isAccepted(), score.getCriteria().stream()
                .map(line -> new Line(line.getCriterion(), line.getWeight(), line.getPoints())).toList(),
                score.getParticipantVote(), score.getEvaluatorCount(), score.getSchemeDigest(), score.getComputedAt());
    }
}
