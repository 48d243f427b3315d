package com.cocreation5r.recruiting;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RecruitingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Everyone hears back: one outcome message per candidate of the campaign. Runs as a job, so a
 * retry after a failure notifies only those not yet notified.
 */
@Named(RecruitingProcess.NOTIFY_CANDIDATES_DELEGATE)
@Dependent
public class NotifyCandidates implements JavaDelegate {

    static final String MESSAGE_PREFIX = "recruiting.outcome.";

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID);
        Instant now = clock.instant();
        for (Application application : recruiting.applications(campaignId)) {
            if (application.getOutcomeNotifiedAt() == null) {
                Candidate candidate = application.getCandidate();
                notifications.add(new Notification(candidate.getEmail(), candidate.getFullName(), campaignId,
                        MESSAGE_PREFIX + application.getStatus().name(), now));
                application.outcomeNotified(now);
            }
        }
    }
}
