package com.cocreation5r.retention;

import com.cocreation5r.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** What the program manager did about a partner's low satisfaction or unanswered survey. */
@Entity
@Table(name = "satisfaction_follow_up")
public class SatisfactionFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    /** The survey followed up; {@code null} when the partner did not answer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", updatable = false)
    private SatisfactionSurvey survey;

    @Column(name = "action_taken", nullable = false, length = 2000, updatable = false)
    private String actionTaken;

    @Column(name = "followed_up_by", nullable = false, length = 64, updatable = false)
    private String followedUpBy;

    @Column(name = "followed_up_at", nullable = false, updatable = false)
    private Instant followedUpAt;

    protected SatisfactionFollowUp() {
    }

    public SatisfactionFollowUp(Long campaignId, Partner partner, SatisfactionSurvey survey, String actionTaken,
            String followedUpBy, Instant followedUpAt) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.partner = Objects.requireNonNull(partner);
        this.survey = survey;
        this.actionTaken = Objects.requireNonNull(actionTaken).strip();
        this.followedUpBy = Objects.requireNonNull(followedUpBy);
        this.followedUpAt = Objects.requireNonNull(followedUpAt);
    }

    public Long getId() {
        return id;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public String getFollowedUpBy() {
        return followedUpBy;
    }
}
