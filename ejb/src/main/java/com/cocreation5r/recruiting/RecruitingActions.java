package com.cocreation5r.recruiting;

import static com.cocreation5r.process.RecruitingProcess.APPLICATION_ID;
import static com.cocreation5r.process.RecruitingProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.RecruitingProcess.INTERVIEW_RECOMMENDATION;
import static com.cocreation5r.process.RecruitingProcess.SCREENING_DECISION;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.inbox.TaskAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/**
 * What screening, the interview and the committee's choice do once the actor is known to be
 * allowed: the rules of each step, its records, the task's completion and the audit entry. The
 * service checks who may (roles, the claimed task) and calls these for the signed-in user; the
 * demo seeding calls them for its demo users.
 */
@ApplicationScoped
public class RecruitingActions {

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private TaskAccess tasks;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Records the recruiter's screening of the task's application and completes the task. */
    public void screen(Task task, ScreeningForm form, String recruiter) {
        Application application = applicationOf(task);
        application.screen(form, recruiter, clock.instant());
        tasks.complete(task, Map.of(SCREENING_DECISION, form.decision().processValue()));
        // the scores and the decision; free-text comments stay out of the append-only log
        auditTrail.record(AuditAction.APPLICATION_SCREENED, AuditSubject.APPLICATION, application.getId(),
                application.getCampaign().getId(), Map.of("taskId", task.getId(),
                        "capability", String.valueOf(form.capability()),
                        "willingness", String.valueOf(form.willingness()),
                        "writing", String.valueOf(form.writing()),
                        "decision", form.decision().name()));
    }

    /** Records the interviewer's scores of the task's candidate and completes the task. */
    public void interview(Task task, InterviewForm form, String interviewer) {
        Application application = applicationOf(task);
        application.interviewed(form.recommendation());
        recruiting.add(new InterviewScore(application, form, interviewer, clock.instant()));
        tasks.complete(task, Map.of(INTERVIEW_RECOMMENDATION, form.recommendation().processValue()));
        auditTrail.record(AuditAction.INTERVIEW_SCORED, AuditSubject.APPLICATION, application.getId(),
                application.getCampaign().getId(), Map.of("taskId", task.getId(),
                        "extraversion", String.valueOf(form.extraversion()),
                        "communityReach", String.valueOf(form.communityReach()),
                        "usageFrequency", String.valueOf(form.usageFrequency()),
                        "recommendation", form.recommendation().name()));
    }

    /** The committee confirms the cohort; every other recommended candidate is not selected. */
    public void selectCohort(Task task, Set<Long> selectedApplicationIds) {
        Campaign campaign = campaignOf(task);
        List<Application> recommended = recruiting.applications(campaign.getId(),
                EnumSet.of(ApplicationStatus.RECOMMENDED));
        if (selectedApplicationIds.isEmpty()) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.COHORT_EMPTY);
        }
        if (selectedApplicationIds.size() > campaign.getCohortSize()) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.COHORT_TOO_LARGE);
        }
        Set<Long> shortlisted = recommended.stream().map(Application::getId).collect(Collectors.toSet());
        if (!shortlisted.containsAll(selectedApplicationIds)) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.NOT_ON_SHORTLIST);
        }
        for (Application application : recommended) {
            application.committeeDecided(selectedApplicationIds.contains(application.getId()));
        }
        tasks.complete(task, Map.of());
        Set<Long> notSelected = shortlisted.stream().filter(id -> !selectedApplicationIds.contains(id))
                .collect(Collectors.toSet());
        auditTrail.record(AuditAction.COHORT_SELECTED, AuditSubject.CAMPAIGN, campaign.getId(), campaign.getId(),
                Map.of("taskId", task.getId(), "selected", ids(selectedApplicationIds),
                        "notSelected", ids(notSelected)));
    }

    /** The application a screening or interview task is about. */
    public Application applicationOf(Task task) {
        Long applicationId = tasks.variable(task, APPLICATION_ID, Long.class);
        return recruiting.application(applicationId)
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " names no application"));
    }

    Campaign campaignOf(Task task) {
        return campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
    }

    /** Application ids in ascending order, so the same cohort is always written alike. */
    private static String ids(Set<Long> applicationIds) {
        return new TreeSet<>(applicationIds).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
