package com.cocreation5r.mission;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerAccounts;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.recruiting.Application;
import com.cocreation5r.recruiting.ApplicationStatus;
import com.cocreation5r.recruiting.RecruitingRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Asks every partner of the campaign's cohort for their consent: a pending acceptance and an
 * invitation each, and their user ids for the per-partner acceptance tasks.
 */
@Named(RulesAndResponsibilitiesProcess.INVITE_COHORT_DELEGATE)
@Dependent
public class InviteCohort implements JavaDelegate {

    static final String INVITATION = "rr.invitation";

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private PartnerPool pool;

    @Inject
    private PartnerAccounts accounts;

    @Inject
    private MissionRepository missions;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RulesAndResponsibilitiesProcess.CAMPAIGN_ID);
        Instant now = clock.instant();
        ArrayList<String> cohort = new ArrayList<>();
        for (Application selected : recruiting.applications(campaignId, EnumSet.of(ApplicationStatus.SELECTED))) {
            Partner partner = pool.byCandidate(selected.getCandidate().getId()).orElseThrow(() ->
                    new IllegalStateException("Selected candidate " + selected.getCandidate().getId()
                            + " is not in the partner pool"));
            String userId = accounts.ensureAccount(partner);
            if (missions.acceptance(campaignId, userId).isEmpty()) {
                missions.add(new TermsAcceptance(campaignId, partner, now));
                notifications.add(new Notification(partner.getCandidate().getEmail(),
                        partner.getCandidate().getFullName(), campaignId, INVITATION, now));
            }
            cohort.add(userId);
        }
        execution.setVariable(RulesAndResponsibilitiesProcess.COHORT_PARTNERS, cohort);
    }
}
