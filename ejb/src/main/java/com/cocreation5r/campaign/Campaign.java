package com.cocreation5r.campaign;

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
 * One co-creation project (say, "a new men's deodorant concept") that runs the five 5R stages with
 * a small cohort of partners. A pilot campaign is the source's "small start".
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "business_key", nullable = false, unique = true, length = 64)
    private String businessKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private boolean pilot;

    @Column(name = "cohort_size", nullable = false)
    private int cohortSize;

    @Column(name = "application_deadline", nullable = false)
    private Instant applicationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CampaignStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** SHA-256 of the published evaluation scheme's canonical form; set once, never changed. */
    @Column(name = "scheme_digest", length = 64)
    private String schemeDigest;

    @Column(name = "scheme_published_at")
    private Instant schemePublishedAt;

    protected Campaign() {
    }

    public Campaign(String businessKey, String title, String description, boolean pilot, int cohortSize,
            Instant applicationDeadline, String createdBy, Instant createdAt) {
        this.businessKey = Objects.requireNonNull(businessKey);
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.pilot = pilot;
        this.cohortSize = cohortSize;
        this.applicationDeadline = Objects.requireNonNull(applicationDeadline);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = CampaignStatus.DRAFT;
    }

    /** Whether an application submitted at {@code moment} is still in time. */
    public boolean acceptsApplicationsAt(Instant moment) {
        return status == CampaignStatus.OPEN_CALL && moment.isBefore(applicationDeadline);
    }

    public void openCall() {
        status = CampaignStatus.OPEN_CALL;
    }

    public void closeCall() {
        status = CampaignStatus.SELECTING;
    }

    public void recruitingFinished() {
        status = CampaignStatus.COHORT_FORMED;
    }

    /** R&R completed: the evaluation scheme with this digest is the one ideas will be judged by. */
    public void schemePublished(String digest, Instant at) {
        if (schemeDigest != null && !schemeDigest.equals(digest)) {
            throw new IllegalStateException("Campaign " + id + " already published scheme " + schemeDigest);
        }
        if (schemeDigest == null) {
            schemeDigest = Objects.requireNonNull(digest);
            schemePublishedAt = Objects.requireNonNull(at);
        }
        status = CampaignStatus.RULES_AGREED;
    }

    /** The campaign process entered a later stage, or finished ({@link CampaignStatus#COMPLETED}). */
    public void progressTo(CampaignStatus next) {
        if (next.compareTo(CampaignStatus.RULES_AGREED) <= 0 || next.compareTo(status) < 0) {
            throw new IllegalStateException("Campaign " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    public String getSchemeDigest() {
        return schemeDigest;
    }

    public Instant getSchemePublishedAt() {
        return schemePublishedAt;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPilot() {
        return pilot;
    }

    public int getCohortSize() {
        return cohortSize;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
