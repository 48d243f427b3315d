package com.cocreation5r.retention;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns contributions into views with their campaign's title, for the partner's and the staff's pages. */
@ApplicationScoped
public class ContributionViews {

    @Inject
    private CampaignRepository campaigns;

    public ContributionView of(PartnerContribution contribution) {
        String campaignTitle = campaigns.campaign(contribution.getCampaignId()).map(Campaign::getTitle).orElse(null);
        return new ContributionView(contribution.getCampaignId(), campaignTitle, contribution.measures(),
                contribution.getHonour(), contribution.getMeasuredAt());
    }
}
