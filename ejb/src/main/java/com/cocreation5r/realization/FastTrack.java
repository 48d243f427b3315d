package com.cocreation5r.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An executive took an idea straight to acceptance through the direct channel, and said why. */
@Entity
@Table(name = "fast_track")
public class FastTrack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Column(name = "executive_user_id", nullable = false, length = 64, updatable = false)
    private String executiveUserId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "fast_tracked_at", nullable = false, updatable = false)
    private Instant fastTrackedAt;

    protected FastTrack() {
    }

    FastTrack(Long ideaId, int realizationRound, String executiveUserId, String reason, Instant at) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.executiveUserId = Objects.requireNonNull(executiveUserId);
        this.reason = reason.strip();
        this.fastTrackedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public String getExecutiveUserId() {
        return executiveUserId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFastTrackedAt() {
        return fastTrackedAt;
    }
}
