package com.cocreation5r.recruiting;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Receives written applications while a campaign's call is open. A candidate known by e-mail
 * from an earlier campaign keeps one profile; they apply to a campaign at most once.
 */
@ApplicationScoped
public class ApplicationIntake {

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    public Application receive(Long campaignId, CandidateProfile profile, String statement) {
        Campaign campaign = campaigns.require(campaignId);
        Instant now = clock.instant();
        if (!campaign.acceptsApplicationsAt(now)) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.CALL_CLOSED);
        }
        Candidate candidate = recruiting.candidateByEmail(profile.email()).orElseGet(() -> {
            Candidate created = new Candidate(profile);
            recruiting.add(created);
            return created;
        });
        if (candidate.getId() != null && recruiting.hasApplied(campaignId, candidate.getId())) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.ALREADY_APPLIED);
        }
        Application application = new Application(campaign, candidate, statement.strip(), now);
        recruiting.add(application);
        // who applied is told by ids only: the log is append-only, personal data stays erasable
        auditTrail.record(AuditAction.APPLICATION_RECEIVED, AuditSubject.APPLICATION, application.getId(),
                campaignId, Map.of("candidateId", String.valueOf(candidate.getId()),
                        "source", candidate.profile().source().name()));
        return application;
    }
}
