package com.cocreation5r.recruiting;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RecruitingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Opens the campaign's call: applications are accepted until the deadline. */
@Named(RecruitingProcess.OPEN_CALL_DELEGATE)
@Dependent
public class OpenCall implements JavaDelegate {

    @Inject
    private CampaignRepository campaigns;

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.require((Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID)).openCall();
    }
}
