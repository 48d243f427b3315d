package com.cocreation5r.reinforcement;

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
 * One campaign's Reinforcement stage: the toolkit guide the community manager wrote for the
 * cohort, the drafting deadline, the end of the refinement window and the phase in between.
 */
@Entity
@Table(name = "reinforcement_stage")
public class ReinforcementStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, unique = true, updatable = false)
    private Long campaignId;

    @Column(name = "toolkit_guide", nullable = false, length = 8000)
    private String toolkitGuide;

    @Column(name = "drafting_deadline", nullable = false)
    private Instant draftingDeadline;

    @Column(name = "refinement_deadline", nullable = false)
    private Instant refinementDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReinforcementPhase phase;

    @Column(name = "prepared_by", nullable = false, length = 64)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    protected ReinforcementStage() {
    }

    public ReinforcementStage(Long campaignId, ToolkitPlan plan, String preparedBy, Instant at) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.phase = ReinforcementPhase.DRAFTING;
        replan(plan, preparedBy, at);
    }

    /** The community manager rewrites the guide or moves the dates while partners draft. */
    public void replan(ToolkitPlan plan, String preparedBy, Instant at) {
        if (phase != ReinforcementPhase.DRAFTING) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.DRAFTING_CLOSED);
        }
        this.toolkitGuide = plan.guide().strip();
        this.draftingDeadline = Objects.requireNonNull(plan.draftingDeadline());
        this.refinementDeadline = Objects.requireNonNull(plan.refinementDeadline());
        this.preparedBy = Objects.requireNonNull(preparedBy);
        this.preparedAt = Objects.requireNonNull(at);
    }

    public void openRefinement() {
        requirePhase(ReinforcementPhase.DRAFTING);
        phase = ReinforcementPhase.REFINEMENT;
    }

    public void close() {
        phase = ReinforcementPhase.CLOSED;
    }

    public void requirePhase(ReinforcementPhase expected) {
        if (phase != expected) {
            throw new ReinforcementRuleBroken(switch (phase) {
                case DRAFTING -> ReinforcementRuleBroken.Rule.REFINEMENT_NOT_OPEN;
                case REFINEMENT -> ReinforcementRuleBroken.Rule.DRAFTING_CLOSED;
                case CLOSED -> ReinforcementRuleBroken.Rule.STAGE_CLOSED;
            });
        }
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getToolkitGuide() {
        return toolkitGuide;
    }

    public Instant getDraftingDeadline() {
        return draftingDeadline;
    }

    public Instant getRefinementDeadline() {
        return refinementDeadline;
    }

    public ReinforcementPhase getPhase() {
        return phase;
    }

    public String getPreparedBy() {
        return preparedBy;
    }
}
