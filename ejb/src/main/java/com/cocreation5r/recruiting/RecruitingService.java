package com.cocreation5r.recruiting;

import static com.cocreation5r.process.RecruitingProcess.INTERVIEW_CANDIDATE;
import static com.cocreation5r.process.RecruitingProcess.SCREEN_APPLICATION;
import static com.cocreation5r.process.RecruitingProcess.SELECT_COHORT;

import com.cocreation5r.campaign.Campaign;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private RecruitingActions actions;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Caller caller;

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
        Application application = actions.applicationOf(task);
        return ApplicationView.of(application, recruiting.interviewScore(application.getId()).orElse(null));
    }

    @RolesAllowed(Groups.RECRUITER)
    public void screenApplication(@NotNull String taskId, @NotNull @Valid ScreeningForm form) {
        actions.screen(tasks.requireClaimedByCaller(taskId, SCREEN_APPLICATION), form, caller.userId());
    }

    @RolesAllowed(Groups.INTERVIEWER)
    public void interviewCandidate(@NotNull String taskId, @NotNull @Valid InterviewForm form) {
        actions.interview(tasks.requireClaimedByCaller(taskId, INTERVIEW_CANDIDATE), form, caller.userId());
    }

    @RolesAllowed(Groups.SELECTION_COMMITTEE)
    public Shortlist shortlistOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        return shortlist(actions.campaignOf(task));
    }

    /** The committee confirms the cohort; every other recommended candidate is not selected. */
    @RolesAllowed(Groups.SELECTION_COMMITTEE)
    public void selectCohort(@NotNull String taskId, @NotNull Set<Long> selectedApplicationIds) {
        actions.selectCohort(tasks.requireClaimedByCaller(taskId, SELECT_COHORT), selectedApplicationIds);
    }

    Shortlist shortlist(Campaign campaign) {
        List<Application> recommended = recruiting.applications(campaign.getId(),
                EnumSet.of(ApplicationStatus.RECOMMENDED));
        Map<Long, InterviewScore> scores = recruiting.interviewScores(campaign.getId()).stream()
                .collect(Collectors.toMap(score -> score.getApplication().getId(), score -> score));
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
}
