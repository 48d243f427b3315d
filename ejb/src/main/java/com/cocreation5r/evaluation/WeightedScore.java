package com.cocreation5r.evaluation;

import com.cocreation5r.mission.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An idea's score from 0 to 100 by the published weights. Each evaluator scores a criterion 1 to 5,
 * which counts as 0, 25, 50, 75 or 100 points; a criterion's points are the evaluators' average.
 * The participant-vote criterion takes the cohort's vote (0 to 100) instead. A criterion nobody
 * could score (no participant voted) is left out and the other weights count in proportion, so a
 * missing vote neither helps nor harms the idea. The idea is accepted at the scheme's acceptance
 * threshold or more.
 */
public record WeightedScore(BigDecimal total, boolean accepted, BigDecimal participantVote, List<Points> criteria) {

    private static final BigDecimal POINTS_PER_STEP = BigDecimal.valueOf(25);

    /** The points of one criterion, or none when it could not be scored. */
    public record Points(String name, int weight, BigDecimal points) {
    }

    public WeightedScore {
        criteria = List.copyOf(criteria);
    }

    /**
     * Whether a criterion is the participant vote rather than something evaluators score: schemes
     * name it in English or Korean ("Participant vote", "참여자 투표").
     */
    public static boolean isParticipantVote(String criterionName) {
        String normalized = Normalizer.normalize(Objects.requireNonNullElse(criterionName, ""), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return normalized.equals("participantvote") || normalized.equals("participantsvote")
                || normalized.equals("participants'vote") || normalized.equals("참여자투표");
    }

    /**
     * @param criteria the published criteria with their weights, in order
     * @param acceptanceThreshold the published score (of 100) an idea needs to be accepted
     * @param evaluations each evaluator's scores (1 to 5) by criterion name
     * @param participantVote the cohort's vote, 0 to 100, or empty when nobody voted
     */
    public static WeightedScore compute(List<Criterion> criteria, int acceptanceThreshold,
            List<Map<String, Integer>> evaluations, OptionalDouble participantVote) {
        List<Points> points = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        int countedWeight = 0;
        for (Criterion criterion : criteria) {
            BigDecimal criterionPoints = isParticipantVote(criterion.getName())
                    ? (participantVote.isPresent() ? scale(BigDecimal.valueOf(participantVote.getAsDouble())) : null)
                    : average(criterion.getName(), evaluations);
            points.add(new Points(criterion.getName(), criterion.getWeight(), criterionPoints));
            if (criterionPoints != null) {
                weighted = weighted.add(criterionPoints.multiply(BigDecimal.valueOf(criterion.getWeight())));
                countedWeight += criterion.getWeight();
            }
        }
        if (countedWeight == 0) {
            throw new IllegalArgumentException("No criterion could be scored");
        }
        BigDecimal total = scale(weighted.divide(BigDecimal.valueOf(countedWeight), 6, RoundingMode.HALF_UP));
        return new WeightedScore(total, total.compareTo(BigDecimal.valueOf(acceptanceThreshold)) >= 0,
                participantVote.isPresent() ? scale(BigDecimal.valueOf(participantVote.getAsDouble())) : null, points);
    }

    private static BigDecimal average(String criterion, List<Map<String, Integer>> evaluations) {
        List<Integer> scores = evaluations.stream().map(scoresOf -> scoresOf.get(criterion)).filter(Objects::nonNull)
                .toList();
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().map(score -> BigDecimal.valueOf(score - 1L).multiply(POINTS_PER_STEP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return scale(sum.divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP));
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
