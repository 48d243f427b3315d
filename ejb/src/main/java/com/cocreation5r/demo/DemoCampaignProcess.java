package com.cocreation5r.demo;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Starts a demo campaign's own process part-way through, at the stage its seeded data has reached,
 * so the stage runs as the campaign's call activity and the campaign goes on from there exactly
 * as one launched by a program manager would.
 */
@ApplicationScoped
class DemoCampaignProcess {

    @Inject
    private RuntimeService runtimeService;

    /** Starts the campaign at one stage's call activity; returns the stage's instance. */
    ProcessInstance startAtStage(Campaign campaign, String callActivityId) {
        ProcessInstance campaignInstance = campaignProcess(campaign).startBeforeActivity(callActivityId).execute();
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaignInstance.getId())
                .singleResult();
    }

    /**
     * Hands the campaign's submitted ideas over to ④, as the end of ③ does; returns the
     * Realization of each idea by the idea's id.
     */
    Map<Long, ProcessInstance> startRealization(Campaign campaign) {
        ProcessInstance campaignInstance = campaignProcess(campaign).startTransition(CampaignProcess.IDEAS_HANDED_OVER)
                .execute();
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaignInstance.getId()).list()
                .stream().collect(Collectors.toMap(
                        realization -> (Long) runtimeService.getVariable(realization.getId(), RealizationProcess.IDEA_ID),
                        Function.identity()));
    }

    private ProcessInstantiationBuilder campaignProcess(Campaign campaign) {
        return runtimeService.createProcessInstanceByKey(CampaignProcess.PROCESS_KEY)
                .businessKey(campaign.getBusinessKey())
                .setVariable(CampaignProcess.CAMPAIGN_ID, campaign.getId());
    }
}
