package com.cocreation5r.evaluation;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.realization.RealizationRuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The evaluation scheme ideas are scored by: only the one published with the campaign, and only
 * while it still matches the digest stored at publication.
 */
@ApplicationScoped
public class PublishedSchemes {

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private MissionRepository missions;

    /** The published scheme with its digest; refuses when there is none or it no longer matches. */
    public Published require(Long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        EvaluationScheme scheme = missions.ofCampaign(campaignId).map(mission -> mission.scheme()).orElse(null);
        if (campaign.getSchemeDigest() == null || scheme == null
                || !scheme.hasDigest(campaign.getSchemeDigest())) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.SCHEME_NOT_PUBLISHED);
        }
        return new Published(scheme, campaign.getSchemeDigest());
    }

    public record Published(EvaluationScheme scheme, String digest) {
    }
}
