package com.cocreation5r.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A periodic check-in the community managers held with the partner pool, and what they heard. */
@Entity
@Table(name = "pool_check_in")
public class PoolCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partners_reached", nullable = false, updatable = false)
    private int partnersReached;

    /** Partners raised concerns: disaffection, or signs that internal information leaked. */
    @Column(name = "concerns_raised", nullable = false, updatable = false)
    private boolean concernsRaised;

    @Column(nullable = false, length = 4000, updatable = false)
    private String notes;

    @Column(name = "held_by", nullable = false, length = 64, updatable = false)
    private String heldBy;

    @Column(name = "held_at", nullable = false, updatable = false)
    private Instant heldAt;

    protected PoolCheckIn() {
    }

    public PoolCheckIn(CheckInReport report, String heldBy, Instant heldAt) {
        this.partnersReached = report.partnersReached();
        this.concernsRaised = report.concernsRaised();
        this.notes = report.notes().strip();
        this.heldBy = Objects.requireNonNull(heldBy);
        this.heldAt = Objects.requireNonNull(heldAt);
    }

    public Long getId() {
        return id;
    }

    public boolean isConcernsRaised() {
        return concernsRaised;
    }
}
