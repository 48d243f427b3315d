package com.cocreation5r.reinforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An idea as it goes through Reinforcement: the facts its partner states for the feasibility
 * rules, when the partner submitted it to the cohort (from then on the cohort refines it), and
 * whether the community manager showcases it as an example for the others.
 */
@Entity
@Table(name = "idea_proposal")
public class IdeaProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false, unique = true, updatable = false)
    private Long ideaId;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "estimated_cost")
    private Long estimatedCost;

    @Column(name = "months_to_market")
    private Integer monthsToMarket;

    @Column(name = "needs_new_production_line", nullable = false)
    private boolean needsNewProductionLine;

    @Column(name = "makes_regulatory_claims", nullable = false)
    private boolean makesRegulatoryClaims;

    @Column(length = 1000)
    private String ingredients;

    /** When the partner submitted the idea to the cohort; {@code null} while it is a private draft. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "showcased_by", length = 64)
    private String showcasedBy;

    @Column(name = "showcased_at")
    private Instant showcasedAt;

    @Column(name = "showcase_reason", length = 500)
    private String showcaseReason;

    protected IdeaProposal() {
    }

    public IdeaProposal(Long ideaId, Long campaignId, FeasibilityFacts facts) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.campaignId = Objects.requireNonNull(campaignId);
        state(facts);
    }

    public void state(FeasibilityFacts facts) {
        this.estimatedCost = facts.estimatedCost();
        this.monthsToMarket = facts.monthsToMarket();
        this.needsNewProductionLine = facts.needsNewProductionLine();
        this.makesRegulatoryClaims = facts.makesRegulatoryClaims();
        this.ingredients = facts.ingredients() == null || facts.ingredients().isBlank() ? null
                : facts.ingredients().strip().toLowerCase(Locale.ROOT);
    }

    public void submitToCohort(Instant at) {
        if (submittedAt != null) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.ALREADY_SUBMITTED);
        }
        submittedAt = Objects.requireNonNull(at);
    }

    public void showcase(String by, String reason, Instant at) {
        this.showcasedBy = Objects.requireNonNull(by);
        this.showcaseReason = Objects.requireNonNull(reason).strip();
        this.showcasedAt = Objects.requireNonNull(at);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isShowcased() {
        return showcasedAt != null;
    }

    public FeasibilityFacts facts() {
        return new FeasibilityFacts(estimatedCost, monthsToMarket, needsNewProductionLine, makesRegulatoryClaims,
                ingredients);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getShowcasedBy() {
        return showcasedBy;
    }

    public Instant getShowcasedAt() {
        return showcasedAt;
    }

    public String getShowcaseReason() {
        return showcaseReason;
    }
}
