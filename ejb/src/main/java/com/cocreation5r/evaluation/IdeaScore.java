package com.cocreation5r.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The weighted score of an idea in one Realization, computed from the evaluations and the
 * participant vote by the published weights, and stored with the digest of the scheme it used:
 * anyone can check later that the weights were the ones the partners accepted. Once computed it is
 * published to the idea's partner with the decision.
 */
@Entity
@Table(name = "idea_score")
public class IdeaScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Column(name = "weighted_score", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal weightedScore;

    @Column(nullable = false, updatable = false)
    private boolean accepted;

    @Column(name = "scheme_digest", nullable = false, length = 64, updatable = false)
    private String schemeDigest;

    @Column(name = "evaluator_count", nullable = false, updatable = false)
    private int evaluatorCount;

    @Column(name = "participant_vote", precision = 5, scale = 2, updatable = false)
    private BigDecimal participantVote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idea_score_criterion", joinColumns = @JoinColumn(name = "idea_score_id"))
    @OrderColumn(name = "position")
    private List<CriterionPoints> criteria = new ArrayList<>();

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    protected IdeaScore() {
    }

    IdeaScore(Long ideaId, int realizationRound, WeightedScore score, String schemeDigest, int evaluatorCount,
            Instant computedAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.weightedScore = score.total();
        this.accepted = score.accepted();
        this.schemeDigest = Objects.requireNonNull(schemeDigest);
        this.evaluatorCount = evaluatorCount;
        this.participantVote = score.participantVote();
        score.criteria().forEach(criterion -> criteria.add(
                new CriterionPoints(criterion.name(), criterion.weight(), criterion.points())));
        this.computedAt = Objects.requireNonNull(computedAt);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public int getRealizationRound() {
        return realizationRound;
    }

    public BigDecimal getWeightedScore() {
        return weightedScore;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getSchemeDigest() {
        return schemeDigest;
    }

    public int getEvaluatorCount() {
        return evaluatorCount;
    }

    public BigDecimal getParticipantVote() {
        return participantVote;
    }

    public List<CriterionPoints> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
