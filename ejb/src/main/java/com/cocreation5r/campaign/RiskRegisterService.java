package com.cocreation5r.campaign;

import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Reads and revises a campaign's risk register. */
@Stateless
@ActAsCaller
public class RiskRegisterService {

    @Inject
    private RiskRegister register;

    @Inject
    private CampaignRepository campaigns;

    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.EXECUTIVE, Groups.PROCESS_OWNER, Groups.AUDITOR, Groups.ADMIN})
    public List<RiskView> register(@NotNull Long campaignId) {
        campaigns.require(campaignId);
        return register.ofCampaign(campaignId).stream().map(RiskView::of).toList();
    }

    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public RiskView revise(@NotNull Long entryId, @NotNull @Valid RiskUpdate update) {
        RiskRegisterEntry entry = register.entry(entryId)
                .orElseThrow(() -> new IllegalArgumentException("No risk register entry " + entryId));
        entry.revise(update.likelihood(), update.plannedResponse(), update.owner());
        return RiskView.of(entry);
    }
}
