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
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The selected candidates join the partner pool (once, whatever campaign selected them), each with
 * an engine user to sign in as, and the campaign learns how large its cohort is.
 */
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
    private PartnerAccounts accounts;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID);
        List<Application> selected = recruiting.applications(campaignId, EnumSet.of(ApplicationStatus.SELECTED));
        for (Application application : selected) {
            Partner partner = pool.byCandidate(application.getCandidate().getId()).orElseGet(() -> {
                Partner admitted = new Partner(application.getCandidate(), campaignId, clock.instant());
                pool.add(admitted);
                return admitted;
            });
            accounts.ensureAccount(partner);
        }
        campaigns.require(campaignId).recruitingFinished();
        execution.setVariable(RecruitingProcess.COHORT_PARTNER_COUNT, selected.size());
    }
}
