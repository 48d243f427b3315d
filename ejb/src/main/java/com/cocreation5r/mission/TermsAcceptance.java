package com.cocreation5r.mission;

import com.cocreation5r.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One partner's consent to a campaign's terms, evaluation criteria and NDA, in writing before any
 * work. Records the digest of the scheme the partner saw, so their consent can be matched against
 * the published scheme.
 */
@Entity
@Table(name = "terms_acceptance")
public class TermsAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TermsDecision decision;

    @Column(name = "scheme_digest", length = 64)
    private String schemeDigest;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TermsAcceptance() {
    }

    public TermsAcceptance(Long campaignId, Partner partner, Instant invitedAt) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.partner = Objects.requireNonNull(partner);
        this.userId = Objects.requireNonNull(partner.getUserId(), "a partner without a user cannot consent");
        this.invitedAt = Objects.requireNonNull(invitedAt);
        this.decision = TermsDecision.PENDING;
    }

    /** The partner accepts ({@code accepted}) or declines the scheme with this digest. */
    public void decide(boolean accepted, String schemeDigest, Instant at) {
        requirePending();
        this.decision = accepted ? TermsDecision.ACCEPTED : TermsDecision.DECLINED;
        this.schemeDigest = schemeDigest;
        this.decidedAt = at;
    }

    public void reminded(Instant at) {
        remindedAt = at;
    }

    /** The deadline passed without an answer. */
    public void withdraw(Instant at) {
        requirePending();
        decision = TermsDecision.WITHDRAWN;
        decidedAt = at;
    }

    private void requirePending() {
        if (decision != TermsDecision.PENDING) {
            throw new IllegalStateException("Partner " + userId + " already " + decision + " for campaign " + campaignId);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getUserId() {
        return userId;
    }

    public TermsDecision getDecision() {
        return decision;
    }

    public String getSchemeDigest() {
        return schemeDigest;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
