package com.cocreation5r.retention;

import com.cocreation5r.partner.Honour;
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
import java.time.Instant;
import java.util.Objects;

/**
 * What one partner contributed to one campaign, measured after its activity period, and the
 * honour the decision gave them for it. Kept so a partner (and the program) can see why.
 */
@Entity
@Table(name = "partner_contribution")
public class PartnerContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(name = "ideas_submitted", nullable = false)
    private int ideasSubmitted;

    /** 0–100; {@code null} while none of the partner's ideas has a score. */
    @Column(name = "average_score")
    private Double averageScore;

    @Column(name = "ideas_accepted", nullable = false)
    private int ideasAccepted;

    @Column(nullable = false)
    private int activity;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Honour honour;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    protected PartnerContribution() {
    }

    public PartnerContribution(Long campaignId, Partner partner, ContributionMeasures measures, Instant at) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.partner = Objects.requireNonNull(partner);
        measured(measures, at);
    }

    /** Records the measures (again, if the job is retried): the honour is decided on them anew. */
    public void measured(ContributionMeasures measures, Instant at) {
        this.ideasSubmitted = measures.ideasSubmitted();
        this.averageScore = measures.averageScore();
        this.ideasAccepted = measures.ideasAccepted();
        this.activity = measures.activity();
        this.measuredAt = Objects.requireNonNull(at);
        this.honour = null;
    }

    public void honoured(Honour decided) {
        this.honour = Objects.requireNonNull(decided);
    }

    public ContributionMeasures measures() {
        return new ContributionMeasures(ideasSubmitted, averageScore, ideasAccepted, activity);
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

    public Honour getHonour() {
        return honour;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }
}
