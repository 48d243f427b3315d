package com.cocreation5r.mission;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Locks the campaign's evaluation scheme and stores the digest of what was published with the campaign. */
@Named(RulesAndResponsibilitiesProcess.PUBLISH_EVALUATION_SCHEME_DELEGATE)
@Dependent
public class PublishEvaluationScheme implements JavaDelegate {

    @Inject
    private MissionRepository missions;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RulesAndResponsibilitiesProcess.CAMPAIGN_ID);
        Instant now = clock.instant();
        String digest = missions.requireOfCampaign(campaignId).publishScheme(now);
        campaigns.require(campaignId).schemePublished(digest, now);
    }
}
