package com.cocreation5r.recruiting;

import static com.cocreation5r.process.RecruitingProcess.APPLICATION_ID;
import static com.cocreation5r.process.RecruitingProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.RecruitingProcess.INTERVIEW_CANDIDATE;
import static com.cocreation5r.process.RecruitingProcess.INTERVIEW_RECOMMENDATION;
import static com.cocreation5r.process.RecruitingProcess.SCREENING_DECISION;
import static com.cocreation5r.process.RecruitingProcess.SCREEN_APPLICATION;
import static com.cocreation5r.process.RecruitingProcess.SELECT_COHORT;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.TaskAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/**
 * The Recruiting stage as users work it: applications come in during the open call, recruiters
 * screen them, interviewers score the shortlisted, and the committee picks the cohort. Each task
 * is completed in the same transaction that records its outcome.
 */
@Stateless
@ActAsCaller
public class RecruitingService {

    @Inject
    private ApplicationIntake intake;

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Records an application received through the open channel, a community or an agency. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.RECRUITER})
    public Long submitApplication(@NotNull Long campaignId, @NotNull @Valid CandidateProfile candidate,
            @NotBlank(message = "{application.statement.required}")
            @Size(max = 2000, message = "{application.statement.tooLong}") String statement) {
        return intake.receive(campaignId, candidate, statement).getId();
    }

    /** Every application of a campaign, oldest first, with where it stands. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE})
    public List<ApplicationSummary> applicationsOf(@NotNull Long campaignId) {
        return recruiting.applications(campaignId).stream().map(ApplicationSummary::of).toList();
    }

    /** The application a screening or interview task is about. */
    @RolesAllowed({Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE})
    public ApplicationView applicationOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        Application application = applicationOf(task);
        return ApplicationView.of(application, recruiting.interviewScore(application.getId()).orElse(null));
    }

    @RolesAllowed(Groups.RECRUITER)
    public void screenApplication(@NotNull String taskId, @NotNull @Valid ScreeningForm form) {
        Task task = tasks.requireClaimedByCaller(taskId, SCREEN_APPLICATION);
        Application application = applicationOf(task);
        application.screen(form, caller.userId(), clock.instant());
        tasks.complete(task, Map.of(SCREENING_DECISION, form.decision().processValue()));
        // the scores and the decision; free-text comments stay out of the append-only log
        auditTrail.record(AuditAction.APPLICATION_SCREENED, AuditSubject.APPLICATION, application.getId(),
                application.getCampaign().getId(), Map.of("taskId", taskId,
                        "capability", String.valueOf(form.capability()),
                        "willingness", String.valueOf(form.willingness()),
                        "writing", String.valueOf(form.writing()),
                        "decision", form.decision().name()));
    }

    @RolesAllowed(Groups.INTERVIEWER)
    public void interviewCandidate(@NotNull String taskId, @NotNull @Valid InterviewForm form) {
        Task task = tasks.requireClaimedByCaller(taskId, INTERVIEW_CANDIDATE);
        Application application = applicationOf(task);
        application.interviewed(form.recommendation());
        recruiting.add(new InterviewScore(application, form, caller.userId(), clock.instant()));
        tasks.complete(task, Map.of(INTERVIEW_RECOMMENDATION, form.recommendation().processValue()));
        auditTrail.record(AuditAction.INTERVIEW_SCORED, AuditSubject.APPLICATION, application.getId(),
                application.getCampaign().getId(), Map.of("taskId", taskId,
                        "extraversion", String.valueOf(form.extraversion()),
                        "communityReach", String.valueOf(form.communityReach()),
                        "usageFrequency", String.valueOf(form.usageFrequency()),
                        "recommendation", form.recommendation().name()));
    }

    @RolesAllowed(Groups.SELECTION_COMMITTEE)
    public Shortlist shortlistOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        return shortlist(campaignOf(task));
    }

    /** The committee confirms the cohort; every other recommended candidate is not selected. */
    @RolesAllowed(Groups.SELECTION_COMMITTEE)
    public void selectCohort(@NotNull String taskId, @NotNull Set<Long> selectedApplicationIds) {
        Task task = tasks.requireClaimedByCaller(taskId, SELECT_COHORT);
        Campaign campaign = campaignOf(task);
        List<Application> recommended = recruiting.applications(campaign.getId(),
                EnumSet.of(ApplicationStatus.RECOMMENDED));
        if (selectedApplicationIds.isEmpty()) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.COHORT_EMPTY);
        }
        if (selectedApplicationIds.size() > campaign.getCohortSize()) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.COHORT_TOO_LARGE);
        }
        Set<Long> shortlisted = recommended.stream().map(Application::getId)
                .collect(java.util.stream.Collectors.toSet());
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
                Map.of("taskId", taskId, "selected", ids(selectedApplicationIds), "notSelected", ids(notSelected)));
    }

    Shortlist shortlist(Campaign campaign) {
        List<Application> recommended = recruiting.applications(campaign.getId(),
                EnumSet.of(ApplicationStatus.RECOMMENDED));
        Map<Long, InterviewScore> scores = recruiting.interviewScores(campaign.getId()).stream()
                .collect(java.util.stream.Collectors.toMap(score -> score.getApplication().getId(), score -> score));
        List<Shortlist.Entry> entries = recommended.stream().map(application -> {
            InterviewScore score = scores.get(application.getId());
            Screening screening = application.getScreening();
            return new Shortlist.Entry(application.getId(), application.getCandidate().profile(),
                    application.getStatement(),
                    screening.getCapability() + screening.getWillingness() + screening.getWriting(),
                    score.getExtraversion(), score.getCommunityReach(), score.getUsageFrequency(), score.total(),
                    score.getNotes());
        }).sorted(java.util.Comparator.comparingInt(Shortlist.Entry::interviewTotal).reversed()).toList();
        return new Shortlist(campaign.getTitle(), campaign.getCohortSize(), entries,
                DiversitySummary.of(recommended.stream().map(Application::getCandidate).toList()));
    }

    /** Application ids in ascending order, so the same cohort is always written alike. */
    private static String ids(Set<Long> applicationIds) {
        return new TreeSet<>(applicationIds).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Application applicationOf(Task task) {
        Long applicationId = tasks.variable(task, APPLICATION_ID, Long.class);
        return recruiting.application(applicationId)
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " names no application"));
    }

    private Campaign campaignOf(Task task) {
        return campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
    }
}
