package com.cocreation5r.partner;

import com.cocreation5r.recruiting.Candidate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** The engine user the partner signs in as (group {@code partner}); see {@link PartnerAccounts}. */
    @Column(name = "user_id", unique = true, length = 64)
    private String userId;

    /** The highest honour the partner earned in any campaign. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Honour honour = Honour.NONE;

    /** When the partner left the pool; they are no longer invited, mentored or surveyed. */
    @Column(name = "left_at")
    private Instant leftAt;

    protected Partner() {
    }

    public Partner(Candidate candidate, Long firstCampaignId, Instant joinedAt) {
        this.candidate = Objects.requireNonNull(candidate);
        this.firstCampaignId = Objects.requireNonNull(firstCampaignId);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    /** Links the partner to the engine user they sign in as; a partner keeps one account for good. */
    public void linkUser(String userId) {
        if (this.userId != null && !this.userId.equals(userId)) {
            throw new IllegalStateException("Partner " + id + " already signs in as " + this.userId);
        }
        this.userId = Objects.requireNonNull(userId);
    }

    /** Grants {@code earned}, unless the partner already holds a higher honour. */
    public void honour(Honour earned) {
        if (earned.isAbove(honour)) {
            honour = earned;
        }
    }

    /** The partner leaves the standing pool (at their request or the program's). */
    public void leavePool(Instant at) {
        if (leftAt != null) {
            throw new IllegalStateException("Partner " + id + " already left the pool");
        }
        leftAt = Objects.requireNonNull(at);
    }

    public boolean isInPool() {
        return leftAt == null;
    }

    public Honour getHonour() {
        return honour;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public String getUserId() {
        return userId;
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
