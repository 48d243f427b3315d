package com.cocreation5r.campaign;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the campaign's status in step with its process: the campaign model calls
 * {@code ${campaignProgress.enter(campaignId, 'REINFORCING')}} as each later stage starts and
 * when the campaign ends, in the engine's transaction.
 */
@Named("campaignProgress")
@Dependent
public class CampaignProgress {

    @Inject
    private CampaignRepository campaigns;

    public void enter(Long campaignId, String status) {
        campaigns.require(campaignId).progressTo(CampaignStatus.valueOf(status));
    }
}
