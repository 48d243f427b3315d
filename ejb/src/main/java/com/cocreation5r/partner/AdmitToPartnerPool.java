package com.cocreation5r.partner;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.Application;
import com.cocreation5r.recruiting.ApplicationStatus;
import com.cocreation5r.recruiting.RecruitingRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The selected candidates join the partner pool (once, whatever campaign selected them). */
@Named(RecruitingProcess.ADMIT_TO_PARTNER_POOL_DELEGATE)
@Dependent
public class AdmitToPartnerPool implements JavaDelegate {

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private PartnerPool pool;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID);
        for (Application selected : recruiting.applications(campaignId, EnumSet.of(ApplicationStatus.SELECTED))) {
            if (!pool.contains(selected.getCandidate().getId())) {
                pool.add(new Partner(selected.getCandidate(), campaignId, clock.instant()));
            }
        }
        campaigns.require(campaignId).recruitingFinished();
    }
}
