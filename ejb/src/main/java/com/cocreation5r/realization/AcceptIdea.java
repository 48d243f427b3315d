package com.cocreation5r.realization;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The idea is accepted (by its score, an executive's fast-track, or re-routed after a department
 * declined it) and the execution department is given a deadline to answer, with a reminder two
 * days before it. On the first acceptance of a Realization the partner, a winner, is invited to
 * the award ceremony.
 */
@Named(RealizationProcess.ACCEPT_IDEA_DELEGATE)
@Dependent
public class AcceptIdea implements JavaDelegate {

    static final String AWARD_INVITATION = "realization.awardInvitation";

    @Inject
    private IdeaRepository ideas;

    @Inject
    private RealizationRepository realization;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        Instant now = clock.instant();
        idea.moveTo(IdeaStatus.ACCEPTED);
        boolean firstAcceptance = realization.handOvers(idea.getId(), idea.getRealizationRound()).isEmpty();
        if (firstAcceptance) {
            notifications.add(new Notification(idea.getPartner().getCandidate().getEmail(),
                    idea.getPartner().getCandidate().getFullName(), idea.getCampaignId(), AWARD_INVITATION, now));
        }
        // a fast-track skips the score: the outcome says accepted all the same
        execution.setVariable(RealizationProcess.OUTCOME, RealizationProcess.ACCEPTED);
        Instant handOverDue = now.plus(Duration.ofDays(RealizationProcess.HAND_OVER_DUE_DAYS));
        execution.setVariable(RealizationProcess.HAND_OVER_DUE, Date.from(handOverDue));
        execution.setVariable(RealizationProcess.HAND_OVER_REMINDER_AT,
                Date.from(handOverDue.minus(Duration.ofDays(RealizationProcess.HAND_OVER_REMINDER_DAYS_BEFORE))));
        auditTrail.record(AuditAction.IDEA_ACCEPTED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), Map.of(
                "round", String.valueOf(idea.getRealizationRound()),
                "fastTracked", String.valueOf(realization.fastTrack(idea.getId(), idea.getRealizationRound()).isPresent()),
                "awardInvitation", String.valueOf(firstAcceptance)));
    }
}
