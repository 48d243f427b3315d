package com.cocreation5r.retention;

import static com.cocreation5r.process.RetentionProcess.*;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records the honour the decision granted on the partner's contribution and on the partner (who
 * keeps their highest), and tells them about a title.
 */
@Named(RECORD_HONOUR_DELEGATE)
@Dependent
public class RecordHonour implements JavaDelegate {

    static final String HONOURED = "retention.honoured.";

    @Inject
    private RetentionRepository retention;

    @Inject
    private PartnerPool pool;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private java.time.Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        String userId = (String) execution.getVariable(PARTNER_USER_ID);
        Honour honour = Honour.valueOf((String) execution.getVariable(HONOUR));
        Partner partner = pool.byUserId(userId)
                .orElseThrow(() -> new IllegalStateException("No partner signs in as " + userId));
        PartnerContribution contribution = retention.contribution(campaignId, partner.getId())
                .orElseThrow(() -> new IllegalStateException("Contribution of " + userId + " was not measured"));
        contribution.honoured(honour);
        partner.honour(honour);
        if (honour != Honour.NONE) {
            notifications.add(new Notification(partner.getCandidate().getEmail(), partner.getCandidate().getFullName(),
                    campaignId, HONOURED + honour.name(), clock.instant()));
        }
        ContributionMeasures measures = contribution.measures();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("userId", userId);
        details.put("honour", honour.name());
        details.put("ideasSubmitted", String.valueOf(measures.ideasSubmitted()));
        details.put("averageScore", String.valueOf(measures.averageScore()));
        details.put("ideasAccepted", String.valueOf(measures.ideasAccepted()));
        details.put("activity", String.valueOf(measures.activity()));
        auditTrail.record(AuditAction.PARTNER_HONOURED, AuditSubject.PARTNER, partner.getId(), campaignId, details);
    }
}
