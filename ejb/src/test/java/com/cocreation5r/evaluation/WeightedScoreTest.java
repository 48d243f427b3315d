package com.cocreation5r.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.mission.Criterion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The weighted score follows the published weights, averages the evaluators and counts the vote. */
class WeightedScoreTest {

    private static final List<Criterion> SOURCE_EXAMPLE = List.of(new Criterion("Creativity", 25),
            new Criterion("Usefulness", 25), new Criterion("Positive brand impact", 25),
            new Criterion("Participant vote", 25));

    @Test
    void averagesTheEvaluatorsPerCriterionAndWeighsTheVoteLikeAnyCriterion() {
        // creativity 5 and 4 -> 87.5; usefulness 3 and 3 -> 50; brand 4 and 2 -> 50; vote 80
        WeightedScore score = WeightedScore.compute(SOURCE_EXAMPLE, 60, List.of(
                Map.of("Creativity", 5, "Usefulness", 3, "Positive brand impact", 4),
                Map.of("Creativity", 4, "Usefulness", 3, "Positive brand impact", 2)), OptionalDouble.of(80));

        assertThat(score.criteria()).extracting(WeightedScore.Points::points).containsExactly(
                new BigDecimal("87.50"), new BigDecimal("50.00"), new BigDecimal("50.00"), new BigDecimal("80.00"));
        assertThat(score.total()).isEqualTo(new BigDecimal("66.88"));
        assertThat(score.accepted()).isTrue();
        assertThat(score.participantVote()).isEqualTo(new BigDecimal("80.00"));
    }

    @Test
    void unequalWeightsCountInProportion() {
        List<Criterion> criteria = List.of(new Criterion("Creativity", 70), new Criterion("Usefulness", 30));

        WeightedScore score = WeightedScore.compute(criteria, 60, List.of(Map.of("Creativity", 5, "Usefulness", 1)),
                OptionalDouble.empty());

        assertThat(score.total()).isEqualTo(new BigDecimal("70.00"));
        assertThat(score.participantVote()).isNull();
    }

    @Test
    void withoutVotesTheVoteIsLeftOutAndTheOtherWeightsCountInProportion() {
        WeightedScore score = WeightedScore.compute(SOURCE_EXAMPLE, 60, List.of(
                Map.of("Creativity", 3, "Usefulness", 3, "Positive brand impact", 3)), OptionalDouble.empty());

        assertThat(score.criteria().get(3).points()).isNull();
        assertThat(score.total()).isEqualTo(new BigDecimal("50.00"));
        assertThat(score.accepted()).isFalse();
    }

    @Test
    void theThresholdItselfAccepts() {
        List<Criterion> criteria = List.of(new Criterion("Creativity", 40), new Criterion("Participant vote", 60));

        WeightedScore atThreshold = WeightedScore.compute(criteria, 60, List.of(Map.of("Creativity", 3)),
                OptionalDouble.of(200.0 / 3));
        WeightedScore below = WeightedScore.compute(criteria, 60, List.of(Map.of("Creativity", 3)),
                OptionalDouble.of(66.0));

        assertThat(atThreshold.total()).isEqualTo(new BigDecimal("60.00"));
        assertThat(atThreshold.accepted()).isTrue();
        assertThat(below.total()).isEqualTo(new BigDecimal("59.60"));
        assertThat(below.accepted()).isFalse();
    }

    @Test
    void theSchemesThresholdDecidesNotAFixedOne() {
        List<Criterion> criteria = List.of(new Criterion("Creativity", 100));
        List<Map<String, Integer>> creativityFour = List.of(Map.of("Creativity", 4));

        WeightedScore demanding = WeightedScore.compute(criteria, 80, creativityFour, OptionalDouble.empty());
        WeightedScore lenient = WeightedScore.compute(criteria, 75, creativityFour, OptionalDouble.empty());

        assertThat(demanding.total()).isEqualTo(new BigDecimal("75.00"));
        assertThat(demanding.accepted()).isFalse();
        assertThat(lenient.accepted()).isTrue();
    }

    @Test
    void recognisesTheParticipantVoteInEnglishAndKorean() {
        assertThat(WeightedScore.isParticipantVote("Participant vote")).isTrue();
        assertThat(WeightedScore.isParticipantVote(" participant-Vote ")).isTrue();
        assertThat(WeightedScore.isParticipantVote("참여자 투표")).isTrue();
        assertThat(WeightedScore.isParticipantVote("Creativity")).isFalse();
    }

    @Test
    void aScoreNeedsAtLeastOneScoredCriterion() {
        assertThatThrownBy(() -> WeightedScore.compute(List.of(new Criterion("Participant vote", 100)), 60, List.of(),
                OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
