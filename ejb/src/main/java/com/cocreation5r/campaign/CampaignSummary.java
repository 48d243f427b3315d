package com.cocreation5r.campaign;

import java.time.Instant;

/** A campaign as lists and forms show it. */
public record CampaignSummary(Long id, String businessKey, String title, String description, boolean pilot,
        int cohortSize, Instant applicationDeadline, CampaignStatus status) {

    public static CampaignSummary of(Campaign campaign) {
        return new CampaignSummary(campaign.getId(), campaign.getBusinessKey(), campaign.getTitle(),
                campaign.getDescription(), campaign.isPilot(), campaign.getCohortSize(),
                campaign.getApplicationDeadline(), campaign.getStatus());
    }
}
