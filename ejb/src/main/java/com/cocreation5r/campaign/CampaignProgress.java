package com.cocreation5r.campaign;

import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the campaign's status in step with its process: the campaign model calls
 * {@code ${campaignProgress.enter(campaignId, 'REINFORCING')}} as each later stage starts and
 * when the campaign ends, in the engine's transaction.
 */
@ModelFunctions
@Named("campaignProgress")
@Dependent
public class CampaignProgress {

    @Inject
    private CampaignRepository campaigns;

    public void enter(Long campaignId, String status) {
        campaigns.require(campaignId).progressTo(CampaignStatus.valueOf(status));
    }
}
