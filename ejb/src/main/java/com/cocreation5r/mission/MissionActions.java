package com.cocreation5r.mission;

import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.ACCEPTANCE_DEADLINE;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.ACCEPTANCE_REMINDER;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.REMINDER_DAYS_BEFORE_DEADLINE;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.TERMS_APPROVED;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.inbox.TaskAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * What drafting the mission and reviewing its terms do once the actor is known to be allowed: the
 * step's rules, the mission's record and the task's completion. The service checks who may
 * (roles, the claimed task) and calls these for the signed-in user; the demo seeding calls them
 * for its demo users.
 */
@ApplicationScoped
public class MissionActions {

    @Inject
    private MissionRepository missions;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Clock clock;

    /** Records the program manager's draft and hands it to legal; refused once the deadline has passed. */
    public void draftMission(Task task, MissionDraft draft, String programManager) {
        Instant now = clock.instant();
        if (!draft.acceptanceDeadline().isAfter(now)) {
            throw new MissionRuleBroken(MissionRuleBroken.Rule.DEADLINE_PASSED);
        }
        Campaign campaign = campaignOf(task);
        missions.ofCampaign(campaign.getId()).ifPresentOrElse(
                mission -> mission.redraft(draft, programManager, now),
                () -> missions.add(new Mission(campaign.getId(), draft, programManager, now)));
        Instant reminder = draft.acceptanceDeadline().minus(Duration.ofDays(REMINDER_DAYS_BEFORE_DEADLINE));
        tasks.complete(task, Map.of(
                ACCEPTANCE_DEADLINE, Date.from(draft.acceptanceDeadline()),
                ACCEPTANCE_REMINDER, Date.from(reminder.isBefore(now) ? now : reminder)));
    }

    /** Legal approves the IP/ownership terms and the NDA, or sends the draft back with comments. */
    public void reviewTerms(Task task, TermsReview review, String lawyer) {
        missions.requireOfCampaign(campaignOf(task).getId()).termsReviewed(review, lawyer, clock.instant());
        tasks.complete(task, Map.of(TERMS_APPROVED, review.approved()));
    }

    Campaign campaignOf(Task task) {
        return campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
    }
}
