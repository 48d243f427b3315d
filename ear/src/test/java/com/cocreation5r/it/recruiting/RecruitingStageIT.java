package com.cocreation5r.it.recruiting;

import static com.cocreation5r.it.TestCandidates.profile;
import static com.cocreation5r.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignStatus;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxQuery;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.Engine;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.ApplicationView;
import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.recruiting.RecruitingRuleBroken;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import com.cocreation5r.recruiting.Shortlist;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Recruiting stage on a real WildFly through the services, as different signed-in users:
 * the happy path to the partner pool, and what each user is refused.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitingStageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(RecruitingStageIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures campaigns;

    @Inject
    Engine engine;

    @Inject
    CampaignService campaignService;

    @Inject
    RecruitingService recruitingService;

    @Inject
    InboxService inbox;

    @Inject
    NotificationRepository notifications;

    @Inject
    PartnerPool partnerPool;

    @Inject
    IdentityService identityService;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    TestUser programManager;
    TestUser recruiter;
    TestUser otherRecruiter;
    TestUser interviewer;
    TestUser committee;
    TestUser partner;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        recruiter = staff.of(Groups.RECRUITER);
        otherRecruiter = staff.another(Groups.RECRUITER);
        interviewer = staff.of(Groups.INTERVIEWER);
        committee = staff.of(Groups.SELECTION_COMMITTEE);
        partner = staff.of(Groups.PARTNER);
    }

    @Test
    void selectedCandidateJoinsThePartnerPoolAndEveryoneHearsBack() throws Exception {
        // Given a campaign with three applications whose window has closed
        CampaignSummary campaign = campaigns.openWithApplications("IT campaign", 2, 3);
        List<Task> screenings = campaigns.closeCall(campaign, 3);

        // When the recruiter rejects one, shortlists two; the interviewer recommends one of them
        String rejected = screenings.get(0).getId();
        screen(recruiter, rejected, ScreeningDecision.REJECT);
        screen(recruiter, screenings.get(1).getId(), ScreeningDecision.SHORTLIST);
        screen(recruiter, screenings.get(2).getId(), ScreeningDecision.SHORTLIST);
        List<Task> interviews = engine.campaignTasks(campaign.businessKey(), RecruitingProcess.INTERVIEW_CANDIDATE);
        assertThat(interviews).hasSize(2);
        interview(interviewer, interviews.get(0).getId(), InterviewRecommendation.NOT_RECOMMEND);
        interview(interviewer, interviews.get(1).getId(), InterviewRecommendation.RECOMMEND);

        // Then the committee sees one recommended candidate and picks them
        Task selection = single(engine.campaignTasks(campaign.businessKey(), RecruitingProcess.SELECT_COHORT));
        Shortlist shortlist = SignedIn.as(committee, () -> {
            inbox.claim(selection.getId());
            return recruitingService.shortlistOfTask(selection.getId());
        });
        assertThat(shortlist.entries()).hasSize(1);
        assertThat(shortlist.diversity().size()).isEqualTo(1);
        Long chosen = shortlist.entries().get(0).applicationId();
        SignedIn.as(committee, () -> recruitingService.selectCohort(selection.getId(), Set.of(chosen)));

        // And everyone is notified, the selected candidate becomes a partner, recruiting completes
        ProcessInstance instance = engine.instance(campaign.businessKey(), RecruitingProcess.PROCESS_KEY);
        await(() -> runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0);
        // (a newcomer is also invited to set a password, and given a mentor if the pool has one)
        assertThat(notifications.forCampaign(campaign.id())).extracting(n -> n.getMessageKey())
                .filteredOn(key -> key.startsWith("recruiting."))
                .containsExactlyInAnyOrder("recruiting.outcome.REJECTED_AT_SCREENING",
                        "recruiting.outcome.REJECTED_AT_INTERVIEW", "recruiting.outcome.SELECTED");
        assertThat(notifications.forCampaign(campaign.id())).extracting(n -> n.getMessageKey())
                .containsOnlyOnce("partner.invitation");
        assertThat(partnerPool.all()).anyMatch(p -> p.getFirstCampaignId().equals(campaign.id()));
        assertThat(SignedIn.as(programManager, () -> campaignService.campaigns()))
                .filteredOn(c -> c.id().equals(campaign.id()))
                .extracting(CampaignSummary::status).containsExactly(CampaignStatus.COHORT_FORMED);
    }

    @Test
    void theEngineRefusesARecruiterTheInterviewersTaskEvenById() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("IT campaign", 2, 1);
        Task screening = single(campaigns.closeCall(campaign, 1));
        screen(recruiter, screening.getId(), ScreeningDecision.SHORTLIST);
        String interviewTask = single(engine.campaignTasks(campaign.businessKey(), RecruitingProcess.INTERVIEW_CANDIDATE)).getId();

        // the interviewers are offered it, named after the candidate and the campaign
        InboxQuery interviews = new InboxQuery(InboxQuery.View.GROUPS, "interview", Set.of(), RecruitingProcess.PROCESS_KEY,
                false, InboxQuery.SortField.CREATED, false);
        InboxTask offered = SignedIn.as(interviewer, () -> inbox.tasks(interviews, 0, 200)).stream()
                .filter(task -> task.id().equals(interviewTask)).findFirst().orElseThrow();
        assertThat(offered.description()).isEqualTo("Test applicant0");
        assertThat(offered.campaignTitle()).isEqualTo(campaign.title());
        assertThat(offered.formKey()).isEqualTo(RecruitingProcess.INTERVIEW_CANDIDATE_FORM);
        assertThat(offered.overdue()).isFalse();

        // the recruiter's inbox does not show it, and claiming it by id is refused
        long visible = SignedIn.as(recruiter, () -> inbox.count(InboxQuery.of(InboxQuery.View.GROUPS)));
        assertThat(SignedIn.as(recruiter, () -> inbox.tasks(InboxQuery.of(InboxQuery.View.GROUPS), 0, 200)))
                .extracting(InboxTask::id).doesNotContain(interviewTask).hasSize((int) Math.min(visible, 200));
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> inbox.claim(interviewTask)))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        // the form service refuses it by role
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> recruitingService.interviewCandidate(interviewTask,
                new InterviewForm(3, 3, 3, InterviewRecommendation.RECOMMEND, null))))
                .isInstanceOf(EJBAccessException.class);
        // and the engine itself refuses to complete it for the recruiter
        identityService.setAuthentication(recruiter.id(), List.of(Groups.RECRUITER));
        try {
            assertThatThrownBy(() -> taskService.complete(interviewTask)).isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().taskId(interviewTask).count()).isEqualTo(1);
    }

    @Test
    void onlyTheClaimantCompletesAndBadFormValuesChangeNothing() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("IT campaign", 2, 1);
        String screening = single(campaigns.closeCall(campaign, 1)).getId();
        SignedIn.as(recruiter, () -> inbox.claim(screening));

        // someone else of the same group can neither claim nor complete it
        assertThatThrownBy(() -> SignedIn.as(otherRecruiter, () -> inbox.claim(screening)))
                .isInstanceOfSatisfying(TaskActionRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(TaskActionRefused.Reason.CLAIMED_BY_SOMEONE_ELSE));
        assertThatThrownBy(() -> SignedIn.as(otherRecruiter, () -> recruitingService.screenApplication(screening,
                new ScreeningForm(4, 4, 4, ScreeningDecision.SHORTLIST, null))))
                .isInstanceOfSatisfying(TaskActionRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(TaskActionRefused.Reason.NOT_CLAIMED_BY_YOU));

        // a score out of range is refused with the field named, and the task stays open
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> recruitingService.screenApplication(screening,
                new ScreeningForm(9, 4, null, ScreeningDecision.SHORTLIST, null))))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class)
                .rootCause().hasMessageContaining("capability").hasMessageContaining("writing");
        assertThat(taskService.createTaskQuery().taskId(screening).count()).isEqualTo(1);
        ApplicationView application = SignedIn.as(recruiter, () -> recruitingService.applicationOfTask(screening));
        assertThat(application.screening()).isNull();

        // the interviewer's role may not screen at all
        assertThatThrownBy(() -> SignedIn.as(interviewer, () -> recruitingService.screenApplication(screening,
                new ScreeningForm(4, 4, 4, ScreeningDecision.SHORTLIST, null))))
                .isInstanceOf(EJBAccessException.class);
        // a partner sees no staff task
        assertThat(SignedIn.as(partner, () -> inbox.count(InboxQuery.of(InboxQuery.View.GROUPS)))).isZero();
    }

    @Test
    void theWindowClosesOnTimeAndLateApplicationsAreRefused() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("IT campaign", 2, 0);
        ProcessInstance instance = engine.instance(campaign.businessKey(), RecruitingProcess.PROCESS_KEY);
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(campaign.applicationDeadline());

        managementService.executeJob(timer.getId());

        await(() -> runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> recruitingService.submitApplication(campaign.id(),
                profile("late"), "Too late, sorry")))
                .isInstanceOfSatisfying(RecruitingRuleBroken.class,
                        e -> assertThat(e.rule()).isEqualTo(RecruitingRuleBroken.Rule.CALL_CLOSED));
    }

    private void screen(TestUser user, String taskId, ScreeningDecision decision) throws Exception {
        SignedIn.as(user, () -> {
            inbox.claim(taskId);
            recruitingService.screenApplication(taskId, new ScreeningForm(4, 5, 3, decision, "seen"));
        });
    }

    private void interview(TestUser user, String taskId, InterviewRecommendation recommendation) throws Exception {
        SignedIn.as(user, () -> {
            inbox.claim(taskId);
            recruitingService.interviewCandidate(taskId, new InterviewForm(4, 3, 5, recommendation, "talked"));
        });
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
