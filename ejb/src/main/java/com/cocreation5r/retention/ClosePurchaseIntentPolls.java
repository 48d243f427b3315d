package com.cocreation5r.retention;

import static com.cocreation5r.process.RetentionProcess.*;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Ends the campaign's purchase-intent polls when their window is over, and tells each idea's
 * author that the pool's answers are on their page.
 */
@Named(CLOSE_POLLS_DELEGATE)
@Dependent
public class ClosePurchaseIntentPolls implements JavaDelegate {

    static final String POLL_CLOSED_MESSAGE = "retention.pollClosed";

    @Inject
    private PurchaseIntentPolls polls;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        Instant now = clock.instant();
        List<PurchaseIntentPoll> closing = polls.ofCampaign(campaignId).stream()
                .filter(poll -> !poll.isClosed()).toList();
        Map<Long, Map<PurchaseIntent, Long>> counted = polls.counted(closing.stream().map(PurchaseIntentPoll::getId).toList());
        for (PurchaseIntentPoll poll : closing) {
            poll.close(now);
            Idea idea = ideas.require(poll.getIdeaId());
            notifications.add(new Notification(idea.getPartner().getCandidate().getEmail(),
                    idea.getPartner().getCandidate().getFullName(), campaignId, POLL_CLOSED_MESSAGE, now));
            PollResult result = PollResult.of(poll, null, counted.getOrDefault(poll.getId(), Map.of()));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("ideaId", String.valueOf(poll.getIdeaId()));
            details.put("responses", String.valueOf(result.responses()));
            details.put("wouldBuyPercent", String.valueOf(result.wouldBuyPercent()));
            auditTrail.record(AuditAction.PURCHASE_INTENT_POLL_CLOSED, AuditSubject.PURCHASE_INTENT_POLL, poll.getId(),
                    campaignId, details);
        }
    }
}
