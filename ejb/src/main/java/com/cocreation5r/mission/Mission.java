package com.cocreation5r.mission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a campaign asks of its partners and promises them, agreed in R&amp;R before any work: the
 * mission, the incentive portfolio, the evaluation scheme and the terms legal approved. The
 * program manager may redraft it until the scheme is published; from then on it is locked.
 */
@Entity
@Table(name = "mission")
public class Mission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, unique = true, updatable = false)
    private Long campaignId;

    @Column(name = "activity_start", nullable = false)
    private LocalDate activityStart;

    @Column(name = "activity_end", nullable = false)
    private LocalDate activityEnd;

    @Column(nullable = false, length = 4000)
    private String tasks;

    @Column(name = "ideas_sought", nullable = false, length = 4000)
    private String ideasSought;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mission_sub_mission", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    @Column(name = "title", nullable = false, length = 200)
    private List<String> subMissions = new ArrayList<>();

    @Column(name = "ip_terms", nullable = false, length = 4000)
    private String ipTerms;

    @Column(name = "nda_terms", nullable = false, length = 4000)
    private String ndaTerms;

    @Column(name = "acceptance_deadline", nullable = false)
    private Instant acceptanceDeadline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mission_incentive", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    private List<Incentive> incentives = new ArrayList<>();

    @Column(nullable = false, length = 200)
    private String evaluators;

    @Column(name = "evaluation_method", nullable = false, length = 500)
    private String evaluationMethod;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    @Column(name = "acceptance_threshold", nullable = false)
    private int acceptanceThreshold;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_criterion", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "legal_comments", length = 2000)
    private String legalComments;

    @Column(name = "terms_approved_by", length = 64)
    private String termsApprovedBy;

    @Column(name = "terms_approved_at")
    private Instant termsApprovedAt;

    @Column(name = "scheme_published_at")
    private Instant schemePublishedAt;

    protected Mission() {
    }

    public Mission(Long campaignId, MissionDraft draft, String draftedBy, Instant draftedAt) {
        this.campaignId = Objects.requireNonNull(campaignId);
        apply(draft, draftedBy, draftedAt);
    }

    /** The program manager's new draft replaces the old one, unless the scheme is already published. */
    public void redraft(MissionDraft draft, String draftedBy, Instant draftedAt) {
        if (isSchemePublished()) {
            throw new MissionRuleBroken(MissionRuleBroken.Rule.SCHEME_LOCKED);
        }
        apply(draft, draftedBy, draftedAt);
        termsApprovedBy = null;
        termsApprovedAt = null;
    }

    /** Legal approved the terms, or sent them back with comments for the next draft. */
    public void termsReviewed(TermsReview review, String reviewer, Instant at) {
        if (isSchemePublished()) {
            throw new MissionRuleBroken(MissionRuleBroken.Rule.SCHEME_LOCKED);
        }
        legalComments = review.comments() == null || review.comments().isBlank() ? null : review.comments().strip();
        if (review.approved()) {
            termsApprovedBy = reviewer;
            termsApprovedAt = at;
        } else {
            termsApprovedBy = null;
            termsApprovedAt = null;
        }
    }

    /**
     * Locks the scheme and returns the digest of what was published. Publishing again (a retried
     * job) changes nothing and returns the same digest.
     */
    public String publishScheme(Instant at) {
        if (!isSchemePublished()) {
            schemePublishedAt = Objects.requireNonNull(at);
        }
        return scheme().digest();
    }

    public boolean isSchemePublished() {
        return schemePublishedAt != null;
    }

    public EvaluationScheme scheme() {
        return new EvaluationScheme(evaluators, evaluationMethod, blindReview, criteria, acceptanceThreshold);
    }

    public IncentivePortfolio incentives() {
        return new IncentivePortfolio(incentives);
    }

    /** The mission as drafted, to show or redraft. */
    public MissionDraft draft() {
        return new MissionDraft(activityStart, activityEnd, tasks, ideasSought, subMissions, ipTerms, ndaTerms,
                acceptanceDeadline, incentives(), scheme());
    }

    private void apply(MissionDraft draft, String by, Instant at) {
        activityStart = draft.activityStart();
        activityEnd = draft.activityEnd();
        tasks = draft.tasks().strip();
        ideasSought = draft.ideasSought().strip();
        subMissions.clear();
        draft.subMissions().stream().map(String::strip).forEach(subMissions::add);
        ipTerms = draft.ipTerms().strip();
        ndaTerms = draft.ndaTerms().strip();
        acceptanceDeadline = draft.acceptanceDeadline();
        incentives.clear();
        incentives.addAll(draft.incentives().items());
        EvaluationScheme scheme = draft.scheme();
        evaluators = scheme.evaluators().strip();
        evaluationMethod = scheme.method().strip();
        blindReview = scheme.blindReview();
        acceptanceThreshold = scheme.acceptanceThreshold();
        criteria.clear();
        scheme.criteria().forEach(criterion -> criteria.add(new Criterion(criterion.getName().strip(),
                criterion.getWeight())));
        draftedBy = Objects.requireNonNull(by);
        draftedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getAcceptanceDeadline() {
        return acceptanceDeadline;
    }

    public String getLegalComments() {
        return legalComments;
    }

    public String getTermsApprovedBy() {
        return termsApprovedBy;
    }

    public Instant getSchemePublishedAt() {
        return schemePublishedAt;
    }
}
