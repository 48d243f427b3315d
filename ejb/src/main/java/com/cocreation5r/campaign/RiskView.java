package com.cocreation5r.campaign;

/** A risk of the register as the program manager and auditors see it. */
public record RiskView(Long id, CampaignStage stage, String risk, Likelihood likelihood, String plannedResponse,
        String owner) {

    static RiskView of(RiskRegisterEntry entry) {
        return new RiskView(entry.getId(), entry.getStage(), entry.getRisk(), entry.getLikelihood(),
                entry.getPlannedResponse(), entry.getOwner());
    }
}
