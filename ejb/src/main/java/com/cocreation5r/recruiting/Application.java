package com.cocreation5r.recruiting;

import com.cocreation5r.campaign.Campaign;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A candidate's written application to one campaign: the answer to "why should I be selected?",
 * judged for passion and writing at screening, then, if shortlisted, at an interview.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Column(nullable = false, length = 2000)
    private String statement;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationStatus status;

    @Embedded
    private Screening screening;

    @Column(name = "outcome_notified_at")
    private Instant outcomeNotifiedAt;

    protected Application() {
    }

    public Application(Campaign campaign, Candidate candidate, String statement, Instant submittedAt) {
        this.campaign = Objects.requireNonNull(campaign);
        this.candidate = Objects.requireNonNull(candidate);
        this.statement = Objects.requireNonNull(statement);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.status = ApplicationStatus.SUBMITTED;
    }

    void screen(ScreeningForm form, String recruiter, Instant at) {
        requireStatus(ApplicationStatus.SUBMITTED);
        screening = new Screening(form, recruiter, at);
        status = form.decision() == ScreeningDecision.SHORTLIST
                ? ApplicationStatus.SHORTLISTED : ApplicationStatus.REJECTED_AT_SCREENING;
    }

    void interviewed(InterviewRecommendation recommendation) {
        requireStatus(ApplicationStatus.SHORTLISTED);
        status = recommendation == InterviewRecommendation.RECOMMEND
                ? ApplicationStatus.RECOMMENDED : ApplicationStatus.REJECTED_AT_INTERVIEW;
    }

    void committeeDecided(boolean selected) {
        requireStatus(ApplicationStatus.RECOMMENDED);
        status = selected ? ApplicationStatus.SELECTED : ApplicationStatus.NOT_SELECTED;
    }

    void outcomeNotified(Instant at) {
        outcomeNotifiedAt = at;
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getStatement() {
        return statement;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Screening getScreening() {
        return screening;
    }

    public Instant getOutcomeNotifiedAt() {
        return outcomeNotifiedAt;
    }
}
