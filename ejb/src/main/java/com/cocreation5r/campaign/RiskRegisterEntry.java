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
import java.util.List;
import java.util.Objects;

/**
 * One risk of a campaign, kept per stage with its likelihood, the planned response and who owns
 * it. The source asks to spell out the risks of co-creation stage by stage and prepare responses
 * before they strike; every campaign starts with the four risks it names.
 */
@Entity
@Table(name = "risk_register_entry")
public class RiskRegisterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private CampaignStage stage;

    @Column(nullable = false, length = 500, updatable = false)
    private String risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Likelihood likelihood;

    @Column(name = "planned_response", nullable = false, length = 2000)
    private String plannedResponse;

    @Column(nullable = false, length = 64)
    private String owner;

    protected RiskRegisterEntry() {
    }

    public RiskRegisterEntry(Long campaignId, CampaignStage stage, String risk, Likelihood likelihood,
            String plannedResponse, String owner) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.stage = Objects.requireNonNull(stage);
        this.risk = Objects.requireNonNull(risk);
        revise(likelihood, plannedResponse, owner);
    }

    /**
     * The four risks of co-creation the source names, with the responses the 5R process gives them.
     * A pilot ("small start") makes doubts about effectiveness less likely to sink the program.
     */
    public static List<RiskRegisterEntry> sourceRisks(Campaign campaign) {
        Long id = campaign.getId();
        return List.of(
                new RiskRegisterEntry(id, CampaignStage.RECRUITING,
                        "Doubts about the effectiveness of co-creation",
                        campaign.isPilot() ? Likelihood.LOW : Likelihood.MEDIUM,
                        "Start small: a pilot on one product with a small cohort; measure it and widen the scope "
                                + "on a visible success.",
                        campaign.getCreatedBy()),
                new RiskRegisterEntry(id, CampaignStage.RULES_AND_RESPONSIBILITIES,
                        "Leak of sensitive internal information by partners",
                        Likelihood.MEDIUM,
                        "Every partner accepts the NDA reviewed by legal before any work; missions share only "
                                + "what they need.",
                        "legal"),
                new RiskRegisterEntry(id, CampaignStage.RULES_AND_RESPONSIBILITIES,
                        "Conflict with customers over rewards, evaluation or ownership",
                        Likelihood.MEDIUM,
                        "Agree the incentive portfolio, the weighted evaluation criteria and IP ownership in "
                                + "writing before work starts; publish the scheme and explain every rejection.",
                        campaign.getCreatedBy()),
                new RiskRegisterEntry(id, CampaignStage.REALIZATION,
                        "Internal resistance and non-cooperation (\"not invented here\")",
                        Likelihood.HIGH,
                        "Ideas reach executives unfiltered; credit internal sponsors and reward collaboration "
                                + "in staff incentives.",
                        "executive"));
    }

    public void revise(Likelihood likelihood, String plannedResponse, String owner) {
        this.likelihood = Objects.requireNonNull(likelihood);
        this.plannedResponse = Objects.requireNonNull(plannedResponse).strip();
        this.owner = Objects.requireNonNull(owner).strip();
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public CampaignStage getStage() {
        return stage;
    }

    public String getRisk() {
        return risk;
    }

    public Likelihood getLikelihood() {
        return likelihood;
    }

    public String getPlannedResponse() {
        return plannedResponse;
    }

    public String getOwner() {
        return owner;
    }
}
