package com.cocreation5r.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One evaluator's score of one criterion, 1 (poor) to 5 (excellent). */
@Embeddable
public class CriterionScore {

    @Column(nullable = false, length = 100)
    private String criterion;

    @Column(nullable = false)
    private int score;

    protected CriterionScore() {
    }

    CriterionScore(String criterion, int score) {
        this.criterion = Objects.requireNonNull(criterion);
        this.score = score;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }
}
