package com.cocreation5r.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A pool partner's answer to a purchase-intent poll: one per partner and poll, changeable while it is open. */
@Entity
@Table(name = "purchase_intent_answer")
public class PurchaseIntentAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "poll_id", nullable = false, updatable = false)
    private Long pollId;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PurchaseIntent intent;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PurchaseIntentAnswer() {
    }

    public PurchaseIntentAnswer(PurchaseIntentPoll poll, String userId, PurchaseIntent intent, Instant at) {
        this.pollId = Objects.requireNonNull(poll.getId());
        this.userId = Objects.requireNonNull(userId);
        change(intent, at);
    }

    public void change(PurchaseIntent intent, Instant at) {
        this.intent = Objects.requireNonNull(intent);
        this.answeredAt = Objects.requireNonNull(at);
    }

    public Long getPollId() {
        return pollId;
    }

    public String getUserId() {
        return userId;
    }

    public PurchaseIntent getIntent() {
        return intent;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
