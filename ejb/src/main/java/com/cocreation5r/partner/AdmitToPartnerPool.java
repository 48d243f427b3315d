package com.cocreation5r.partner;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.Application;
import com.cocreation5r.recruiting.ApplicationStatus;
import com.cocreation5r.recruiting.RecruitingRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The selected candidates join the partner pool (once, whatever campaign selected them), each with
 * an engine user to sign in as, and the campaign learns how large its cohort is. What follows an
 * admission (the invitation to set a password, a mentor for a newcomer) observes {@link PartnerAdmitted}.
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

    @Inject
    private Event<PartnerAdmitted> admitted;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID);
        List<Application> selected = recruiting.applications(campaignId, EnumSet.of(ApplicationStatus.SELECTED));
        for (Application application : selected) {
            Partner partner = pool.byCandidate(application.getCandidate().getId()).orElse(null);
            boolean newToPool = partner == null;
            if (newToPool) {
                partner = new Partner(application.getCandidate(), campaignId, clock.instant());
                pool.add(partner);
            }
            boolean newAccount = partner.getUserId() == null;
            accounts.ensureAccount(partner);
            admitted.fire(new PartnerAdmitted(partner, campaignId, newToPool, newAccount));
        }
        campaigns.require(campaignId).recruitingFinished();
        execution.setVariable(RecruitingProcess.COHORT_PARTNER_COUNT, selected.size());
    }
}
