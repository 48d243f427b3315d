package com.cocreation5r.recruiting;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RecruitingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the call at the deadline and hands every application received to the selection. */
@Named(RecruitingProcess.CLOSE_CALL_DELEGATE)
@Dependent
public class CloseCall implements JavaDelegate {

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RecruitingRepository recruiting;

    @Override
    public void execute(DelegateExecution execution) {
        Campaign campaign = campaigns.require((Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID));
        campaign.closeCall();
        List<Long> applicationIds = new ArrayList<>(recruiting.applications(campaign.getId()).stream()
                .map(Application::getId).toList());
        execution.setVariable(RecruitingProcess.APPLICATION_IDS, applicationIds);
        execution.setVariable(RecruitingProcess.APPLICATION_COUNT, applicationIds.size());
    }
}
