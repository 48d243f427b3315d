package com.cocreation5r.reinforcement;

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

/**
 * A partner's question to the community manager during Reinforcement, about the stage or one of
 * their ideas, answered by a response deadline.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "idea_id", updatable = false)
    private Long ideaId;

    @Column(name = "raised_by", nullable = false, length = 64, updatable = false)
    private String raisedBy;

    @Column(nullable = false, length = 2000, updatable = false)
    private String question;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupportRequestStatus status;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SupportRequest() {
    }

    public SupportRequest(Long campaignId, Long ideaId, String raisedBy, String question, Instant at) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.ideaId = ideaId;
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.question = Objects.requireNonNull(question).strip();
        this.raisedAt = Objects.requireNonNull(at);
        this.status = SupportRequestStatus.OPEN;
    }

    public void escalate(Instant at) {
        if (status == SupportRequestStatus.OPEN) {
            status = SupportRequestStatus.ESCALATED;
            escalatedAt = Objects.requireNonNull(at);
        }
    }

    public void answer(String answer, String by, Instant at) {
        if (status == SupportRequestStatus.ANSWERED) {
            throw new IllegalStateException("Support request " + id + " is already answered");
        }
        this.answer = Objects.requireNonNull(answer).strip();
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(at);
        this.status = SupportRequestStatus.ANSWERED;
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

    public String getRaisedBy() {
        return raisedBy;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public SupportRequestStatus getStatus() {
        return status;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
