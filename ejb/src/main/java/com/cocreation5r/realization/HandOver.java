package com.cocreation5r.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The execution department's answer to an accepted idea: taken on, or declined with a reason. */
@Entity
@Table(name = "hand_over")
public class HandOver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private ExecutionDepartment department;

    @Column(nullable = false, updatable = false)
    private boolean taken;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected HandOver() {
    }

    HandOver(Long ideaId, int realizationRound, HandOverForm form, String decidedBy, Instant decidedAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.department = Objects.requireNonNull(form.department());
        this.taken = form.taken();
        this.reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public Long getId() {
        return id;
    }

    public ExecutionDepartment getDepartment() {
        return department;
    }

    public boolean isTaken() {
        return taken;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
