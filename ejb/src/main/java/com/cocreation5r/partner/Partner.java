package com.cocreation5r.partner;

import com.cocreation5r.recruiting.Candidate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A creative customer in the standing partner pool: selected once into a cohort, they can be
 * invited to later campaigns.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "candidate_id", unique = true)
    private Candidate candidate;

    @Column(name = "first_campaign_id", nullable = false)
    private Long firstCampaignId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Partner() {
    }

    public Partner(Candidate candidate, Long firstCampaignId, Instant joinedAt) {
        this.candidate = Objects.requireNonNull(candidate);
        this.firstCampaignId = Objects.requireNonNull(firstCampaignId);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    public Long getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Long getFirstCampaignId() {
        return firstCampaignId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
