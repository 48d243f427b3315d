package com.cocreation5r.retention;

import static com.cocreation5r.process.RetentionProcess.*;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells every partner of the pool, through the outbox, that the campaign's purchase-intent polls are open. */
@Named(INVITE_POOL_TO_POLLS_DELEGATE)
@Dependent
public class InvitePoolToPolls implements JavaDelegate {

    static final String POLLS_OPENED_MESSAGE = "retention.pollsOpened";

    @Inject
    private PartnerPool pool;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        for (Partner partner : pool.active()) {
            notifications.add(new Notification(partner.getCandidate().getEmail(), partner.getCandidate().getFullName(),
                    campaignId, POLLS_OPENED_MESSAGE, clock.instant()));
        }
    }
}
