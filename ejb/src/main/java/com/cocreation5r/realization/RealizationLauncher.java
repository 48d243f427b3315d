package com.cocreation5r.realization;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts a Realization for an idea, under its campaign's business key with the campaign and the
 * idea as variables: for a submitted idea (the campaign process, the demo) and for a reopened one.
 * Callers check who may.
 */
@ApplicationScoped
public class RealizationLauncher {

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RuntimeService runtimeService;

    public ProcessInstance start(Idea idea) {
        return runtimeService.startProcessInstanceByKey(RealizationProcess.PROCESS_KEY,
                campaigns.require(idea.getCampaignId()).getBusinessKey(),
                Map.of(RealizationProcess.CAMPAIGN_ID, idea.getCampaignId(), RealizationProcess.IDEA_ID, idea.getId()));
    }
}
