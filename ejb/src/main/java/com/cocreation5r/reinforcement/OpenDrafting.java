package com.cocreation5r.reinforcement;

import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsDecision;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.ReinforcementProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells every partner of the cohort that drafting is open, with the toolkit guide in their task. */
@Named(ReinforcementProcess.OPEN_DRAFTING_DELEGATE)
@Dependent
public class OpenDrafting implements JavaDelegate {

    static final String DRAFTING_OPEN = "reinforcement.draftingOpen";

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private MissionRepository missions;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(ReinforcementProcess.CAMPAIGN_ID);
        reinforcement.requireStage(campaignId).requirePhase(ReinforcementPhase.DRAFTING);
        Instant now = clock.instant();
        for (TermsAcceptance member : missions.acceptances(campaignId)) {
            if (member.getDecision() == TermsDecision.ACCEPTED) {
                notifications.add(new Notification(member.getPartner().getCandidate().getEmail(),
                        member.getPartner().getCandidate().getFullName(), campaignId, DRAFTING_OPEN, now));
            }
        }
    }
}
