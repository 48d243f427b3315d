package com.cocreation5r.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An evaluator's statement, before scoring, whether they have a conflict of interest with an idea
 * (they know the partner, they worked on something similar). One who has is replaced.
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterestDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Column(name = "evaluator_user_id", nullable = false, length = 64, updatable = false)
    private String evaluatorUserId;

    @Column(nullable = false, updatable = false)
    private boolean conflicted;

    @Column(length = 1000, updatable = false)
    private String statement;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    /** The evaluator who took the conflicted evaluator's place. */
    @Column(name = "replaced_by", length = 64)
    private String replacedBy;

    protected ConflictOfInterestDeclaration() {
    }

    ConflictOfInterestDeclaration(Long ideaId, int realizationRound, String evaluatorUserId, boolean conflicted,
            String statement, Instant declaredAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.evaluatorUserId = Objects.requireNonNull(evaluatorUserId);
        this.conflicted = conflicted;
        this.statement = statement == null || statement.isBlank() ? null : statement.strip();
        this.declaredAt = Objects.requireNonNull(declaredAt);
    }

    void replacedBy(String evaluatorUserId) {
        this.replacedBy = Objects.requireNonNull(evaluatorUserId);
    }

    /** A conflicted evaluator whose place nobody has taken yet. */
    boolean awaitsReplacement() {
        return conflicted && replacedBy == null;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public String getEvaluatorUserId() {
        return evaluatorUserId;
    }

    public boolean isConflicted() {
        return conflicted;
    }

    public String getStatement() {
        return statement;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
