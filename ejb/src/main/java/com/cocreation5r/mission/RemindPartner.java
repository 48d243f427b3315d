package com.cocreation5r.mission;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Reminds a partner who has not decided yet that the acceptance deadline is near. */
@Named(RulesAndResponsibilitiesProcess.REMIND_PARTNER_DELEGATE)
@Dependent
public class RemindPartner implements JavaDelegate {

    static final String REMINDER = "rr.acceptanceReminder";

    @Inject
    private MissionRepository missions;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RulesAndResponsibilitiesProcess.CAMPAIGN_ID);
        String userId = (String) execution.getVariable(RulesAndResponsibilitiesProcess.PARTNER_USER_ID);
        TermsAcceptance acceptance = missions.acceptance(campaignId, userId).orElseThrow(() ->
                new IllegalStateException("Partner " + userId + " was not invited to campaign " + campaignId));
        Instant now = clock.instant();
        acceptance.reminded(now);
        notifications.add(new Notification(acceptance.getPartner().getCandidate().getEmail(),
                acceptance.getPartner().getCandidate().getFullName(), campaignId, REMINDER, now));
    }
}
