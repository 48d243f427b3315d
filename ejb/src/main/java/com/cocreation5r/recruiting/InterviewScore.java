package com.cocreation5r.recruiting;

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

/** The scores of one selection interview and the interviewer's recommendation. */
@Entity
@Table(name = "interview_score")
public class InterviewScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", unique = true)
    private Application application;

    @Column(nullable = false)
    private int extraversion;

    @Column(name = "community_reach", nullable = false)
    private int communityReach;

    @Column(name = "usage_frequency", nullable = false)
    private int usageFrequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InterviewRecommendation recommendation;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false, length = 64)
    private String interviewer;

    @Column(name = "interviewed_at", nullable = false)
    private Instant interviewedAt;

    protected InterviewScore() {
    }

    InterviewScore(Application application, InterviewForm form, String interviewer, Instant interviewedAt) {
        this.application = Objects.requireNonNull(application);
        this.extraversion = form.extraversion();
        this.communityReach = form.communityReach();
        this.usageFrequency = form.usageFrequency();
        this.recommendation = form.recommendation();
        this.notes = form.notes();
        this.interviewer = Objects.requireNonNull(interviewer);
        this.interviewedAt = Objects.requireNonNull(interviewedAt);
    }

    /** The sum of the three criteria, 3 to 15, which the committee compares. */
    public int total() {
        return extraversion + communityReach + usageFrequency;
    }

    public Application getApplication() {
        return application;
    }

    public int getExtraversion() {
        return extraversion;
    }

    public int getCommunityReach() {
        return communityReach;
    }

    public int getUsageFrequency() {
        return usageFrequency;
    }

    public InterviewRecommendation getRecommendation() {
        return recommendation;
    }

    public String getNotes() {
        return notes;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public Instant getInterviewedAt() {
        return interviewedAt;
    }
}
