package com.cocreation5r.campaign;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.CampaignProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Creates a campaign with its risk register and starts its process, which runs the stages from
 * Recruiting on. Callers check who may do so:
 * {@link CampaignService} for users, the demo seeding for itself.
 */
@ApplicationScoped
public class CampaignLauncher {

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RiskRegister riskRegister;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    public Campaign launch(NewCampaign request, String programManager) {
        Instant now = clock.instant();
        Campaign campaign = new Campaign(businessKey(request), request.title(), request.description(),
                request.pilot(), request.cohortSize(), request.applicationDeadline(), programManager, now);
        campaigns.add(campaign);
        RiskRegisterEntry.sourceRisks(campaign).forEach(riskRegister::add);
        runtimeService.startProcessInstanceByKey(CampaignProcess.PROCESS_KEY, campaign.getBusinessKey(), Map.of(
                CampaignProcess.CAMPAIGN_ID, campaign.getId(),
                CampaignProcess.APPLICATION_DEADLINE, Date.from(request.applicationDeadline())));
        auditTrail.record(AuditAction.CAMPAIGN_OPENED, AuditSubject.CAMPAIGN, campaign.getId(), campaign.getId(),
                Map.of("businessKey", campaign.getBusinessKey(),
                        "title", campaign.getTitle(),
                        "pilot", String.valueOf(campaign.isPilot()),
                        "cohortSize", String.valueOf(campaign.getCohortSize()),
                        "applicationDeadline", campaign.getApplicationDeadline().toString(),
                        "programManager", programManager));
        return campaign;
    }

    /** A readable, unique key: the process instances of all five stages carry it. */
    private static String businessKey(NewCampaign request) {
        String slug = request.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "campaign";
        }
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        return slug + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
