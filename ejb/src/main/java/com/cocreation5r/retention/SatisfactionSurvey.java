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

/**
 * A partner's answers to the satisfaction survey at the end of a campaign. Low satisfaction is a
 * warning: former partners who feel ignored react strongly to the company's mistakes, so a low
 * answer opens a follow-up for the program manager.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    /** An overall score at or below this is low whatever the other answers. */
    static final int LOW_OVERALL = 2;
    /** A mean of the four scores below this is low. */
    static final double LOW_MEAN = 3.0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Column(nullable = false, updatable = false)
    private int overall;

    @Column(nullable = false, updatable = false)
    private int recognition;

    @Column(nullable = false, updatable = false)
    private int communication;

    @Column(nullable = false, updatable = false)
    private int rejoin;

    @Column(length = 2000, updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private boolean low;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected SatisfactionSurvey() {
    }

    public SatisfactionSurvey(Long campaignId, Partner partner, SurveyAnswers answers, Instant answeredAt) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.partner = Objects.requireNonNull(partner);
        this.userId = Objects.requireNonNull(partner.getUserId());
        this.overall = answers.overall();
        this.recognition = answers.recognition();
        this.communication = answers.communication();
        this.rejoin = answers.rejoin();
        this.comment = answers.comment() == null || answers.comment().isBlank() ? null : answers.comment().strip();
        this.low = isLow(answers);
        this.answeredAt = Objects.requireNonNull(answeredAt);
    }

    /** Low: a poor overall score, or a poor mean of the four. */
    static boolean isLow(SurveyAnswers answers) {
        double mean = (answers.overall() + answers.recognition() + answers.communication() + answers.rejoin()) / 4.0;
        return answers.overall() <= LOW_OVERALL || mean < LOW_MEAN;
    }

    public SurveyAnswers answers() {
        return new SurveyAnswers(overall, recognition, communication, rejoin, comment);
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

    public boolean isLow() {
        return low;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
