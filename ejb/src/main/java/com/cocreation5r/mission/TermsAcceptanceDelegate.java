package com.cocreation5r.mission;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * What the acceptance timers share: find the partner's acceptance of this campaign's terms,
 * change it, and tell the partner in a notification.
 */
abstract class TermsAcceptanceDelegate implements JavaDelegate {

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
        change(acceptance, now);
        notifications.add(new Notification(acceptance.getPartner().getCandidate().getEmail(),
                acceptance.getPartner().getCandidate().getFullName(), campaignId, messageKey(), now));
    }

    abstract void change(TermsAcceptance acceptance, Instant now);

    /** The message catalogue key of what the partner is told. */
    abstract String messageKey();
}
