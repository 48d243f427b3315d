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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's scores of an idea, criterion by criterion, with the digest of the published
 * scheme they scored against. Internal: partners never see single evaluations.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Column(name = "evaluator_user_id", nullable = false, length = 64, updatable = false)
    private String evaluatorUserId;

    @Column(name = "scheme_digest", nullable = false, length = 64, updatable = false)
    private String schemeDigest;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Column(length = 2000, updatable = false)
    private String comment;

    @Column(name = "scored_at", nullable = false, updatable = false)
    private Instant scoredAt;

    protected Evaluation() {
    }

    /** @param scores by criterion name, in the scheme's order */
    Evaluation(Long ideaId, int realizationRound, String evaluatorUserId, String schemeDigest,
            Map<String, Integer> scores, String comment, Instant scoredAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.evaluatorUserId = Objects.requireNonNull(evaluatorUserId);
        this.schemeDigest = Objects.requireNonNull(schemeDigest);
        scores.forEach((criterion, score) -> this.scores.add(new CriterionScore(criterion, score)));
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoredAt = Objects.requireNonNull(scoredAt);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public int getRealizationRound() {
        return realizationRound;
    }

    public String getEvaluatorUserId() {
        return evaluatorUserId;
    }

    public String getSchemeDigest() {
        return schemeDigest;
    }

    public List<CriterionScore> getScores() {
        return Collections.unmodifiableList(scores);
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
