package com.cocreation5r.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One accepted idea put to the partner pool: "would you buy it?". The pool sees the headline and
 * description the program manager wrote for it, not the idea itself, so neither its author nor
 * internal details reach other partners. Open until {@link #getClosesAt()}, then closed by the
 * Retention stage's timer, after which its author sees the answers.
 */
@Entity
@Table(name = "purchase_intent_poll")
public class PurchaseIntentPoll {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(nullable = false, length = 120, updatable = false)
    private String headline;

    @Column(nullable = false, length = 1000, updatable = false)
    private String description;

    @Column(name = "opened_by", nullable = false, length = 64, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closes_at", nullable = false, updatable = false)
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected PurchaseIntentPoll() {
    }

    public PurchaseIntentPoll(Long campaignId, Long ideaId, PollPitch pitch, String openedBy, Instant openedAt,
            Duration window) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.ideaId = Objects.requireNonNull(ideaId);
        this.headline = pitch.headline().strip();
        this.description = pitch.description().strip();
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = Objects.requireNonNull(openedAt);
        this.closesAt = openedAt.plus(window);
    }

    /** Whether the pool may still answer at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = Objects.requireNonNull(at);
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDescription() {
        return description;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
