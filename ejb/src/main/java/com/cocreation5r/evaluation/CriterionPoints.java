package com.cocreation5r.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One criterion of a computed score: its published weight and the points (0 to 100) the idea got
 * on it; no points when nobody could score it (no participant voted).
 */
@Embeddable
public class CriterionPoints {

    @Column(nullable = false, length = 100)
    private String criterion;

    @Column(nullable = false)
    private int weight;

    @Column(precision = 5, scale = 2)
    private BigDecimal points;

    protected CriterionPoints() {
    }

    CriterionPoints(String criterion, int weight, BigDecimal points) {
        this.criterion = criterion;
        this.weight = weight;
        this.points = points;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getWeight() {
        return weight;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
