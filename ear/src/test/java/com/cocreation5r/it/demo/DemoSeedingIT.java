package com.cocreation5r.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.demo.EarlyStagesDemo;
import com.cocreation5r.demo.EarlyStagesDemo.EarlyStages;
import com.cocreation5r.demo.ProcessOwnersDemo;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxQuery;
import com.cocreation5r.inbox.InboxQuery.View;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.MissionView;
import com.cocreation5r.processmodel.ChangeReview;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.recruiting.ApplicationStatus;
import com.cocreation5r.recruiting.ApplicationSummary;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.Shortlist;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's campaigns in ① Recruiting and ② R&amp;R and its change request on a real WildFly with
 * the demo users: seeded once more, as at start, each leaves its work in the inbox of the demo
 * user who does it next. Runs only in the H2 pass (see the ear's pom): it needs the demo users and
 * partners, seeded in the embedded default only.
 */
@ExtendWith(ArquillianExtension.class)
class DemoSeedingIT {

    private static final TestUser PROGRAM_MANAGER = demoUser("pia", Groups.PROGRAM_MANAGER);
    private static final TestUser INTERVIEWER = demoUser("ivan", Groups.INTERVIEWER);
    private static final TestUser COMMITTEE = demoUser("carla", Groups.SELECTION_COMMITTEE);
    private static final TestUser LAWYER = demoUser("leo", Groups.LEGAL);
    private static final TestUser PAUL = demoUser("paul", Groups.PARTNER);
    private static final TestUser NARI = demoUser("nari", Groups.PARTNER);
    private static final TestUser AUTHOR = demoUser("owen", Groups.PROCESS_OWNER);
    private static final TestUser REVIEWER = demoUser("olga", Groups.PROCESS_OWNER);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(DemoSeedingIT.class);
    }

    @Inject
    EarlyStagesDemo demo;

    @Inject
    ProcessOwnersDemo processOwnersDemo;

    @Inject
    ProcessChangeService processChanges;

    @Inject
    InboxService inbox;

    @Inject
    RecruitingService recruitingService;

    @Inject
    MissionService missionService;

    @Inject
    TaskService taskService;

    @Inject
    UserTransaction transaction;

    /** Seeded once for the class, in the server's JVM: each test reads only its own campaign. */
    static EarlyStages seeded;

    @BeforeEach
    void seedOnce() throws Exception {
        if (seeded == null) {
            seeded = inTransaction(demo::seed);
        }
    }

    @Test
    void theInterviewerHasTheShortlistedLeftToInterview() throws Exception {
        Campaign campaign = seeded.interviewsWaiting();

        List<InboxTask> interviews = tasksOf(INTERVIEWER, View.GROUPS, campaign);

        assertThat(interviews).extracting(InboxTask::taskDefinitionKey)
                .containsExactly(RecruitingProcess.INTERVIEW_CANDIDATE, RecruitingProcess.INTERVIEW_CANDIDATE);
        List<ApplicationSummary> applications = SignedIn.as(INTERVIEWER,
                () -> recruitingService.applicationsOf(campaign.getId()));
        assertThat(applications).extracting(ApplicationSummary::status).containsExactly(
                ApplicationStatus.RECOMMENDED, ApplicationStatus.REJECTED_AT_INTERVIEW,
                ApplicationStatus.REJECTED_AT_SCREENING, ApplicationStatus.SHORTLISTED, ApplicationStatus.SHORTLISTED);
    }

    @Test
    void theCommitteeChoosesAmongTheRecommended() throws Exception {
        Campaign campaign = seeded.cohortToSelect();

        List<InboxTask> selection = tasksOf(COMMITTEE, View.GROUPS, campaign);

        assertThat(selection).extracting(InboxTask::taskDefinitionKey)
                .containsExactly(RecruitingProcess.SELECT_COHORT);
        Shortlist shortlist = SignedIn.as(COMMITTEE, () -> recruitingService.shortlistOfTask(selection.get(0).id()));
        assertThat(shortlist.cohortSize()).isEqualTo(2);
        assertThat(shortlist.entries()).extracting(entry -> entry.candidate().fullName())
                .containsExactlyInAnyOrder("Hyun-woo Lim", "Do-yun Kwon", "Ara Song");
    }

    @Test
    void legalReviewsTheDraftOfThePartnersCampaign() throws Exception {
        Campaign campaign = seeded.termsToReview();

        List<InboxTask> review = tasksOf(LAWYER, View.GROUPS, campaign);

        assertThat(review).extracting(InboxTask::taskDefinitionKey)
                .containsExactly(RulesAndResponsibilitiesProcess.REVIEW_TERMS);
        MissionView mission = SignedIn.as(LAWYER, () -> missionService.missionOfTask(review.get(0).id()));
        assertThat(mission.drafted()).isTrue();
        assertThat(mission.termsApproved()).isFalse();
        assertThat(tasksOf(PROGRAM_MANAGER, View.GROUPS, campaign)).isEmpty();
    }

    @Test
    void eachDemoPartnerGivesTheirOwnConsent() throws Exception {
        Campaign campaign = seeded.termsToAccept();
        Task paulsConsent = consentOf(campaign, "paul");
        Task narisConsent = consentOf(campaign, "nari");
        assertThat(List.of(paulsConsent, narisConsent)).as("the partners' consent tasks").doesNotContainNull();

        List<InboxTask> paulsInbox = tasksOf(PAUL, View.MINE, campaign);
        List<InboxTask> narisInbox = tasksOf(NARI, View.MINE, campaign);

        // each sees their own consent only, named by its campaign though they may not read the stage
        assertThat(paulsInbox).extracting(InboxTask::id).containsExactly(paulsConsent.getId());
        assertThat(narisInbox).extracting(InboxTask::id).containsExactly(narisConsent.getId());
        assertThat(paulsInbox).extracting(InboxTask::campaignTitle).containsExactly(campaign.getTitle());
        MissionView terms = SignedIn.as(PAUL, () -> missionService.termsOfTask(paulsConsent.getId()));
        assertThat(terms.termsApproved()).isTrue();
        assertThatThrownBy(() -> SignedIn.as(PAUL, () -> missionService.termsOfTask(narisConsent.getId())))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
    }

    @Test
    void anotherProcessOwnerReviewsTheProposedRule() throws Exception {
        Long changeId = inTransaction(processOwnersDemo::seed);

        List<InboxTask> reviews = SignedIn.as(REVIEWER, () -> inbox.tasks(InboxQuery.of(View.GROUPS), 0, 200))
                .stream().filter(task -> (ProcessChangeProcess.BUSINESS_KEY_PREFIX + changeId).equals(task.businessKey()))
                .toList();

        assertThat(reviews).extracting(InboxTask::taskDefinitionKey)
                .containsExactly(ProcessChangeProcess.REVIEW_CHANGE);
        ChangeReview review = SignedIn.as(REVIEWER, () -> processChanges.reviewOfTask(reviews.get(0).id()));
        assertThat(review.proposedByCaller()).isFalse();
        assertThat(review.change().author()).isEqualTo("owen");
        assertThat(review.deployedXml()).contains("&gt; 500000000").doesNotContain("&gt; 300000000");
        assertThat(review.proposedXml()).contains("&gt; 300000000").doesNotContain("&gt; 500000000");
        assertThat(SignedIn.as(AUTHOR, () -> processChanges.reviewOfTask(reviews.get(0).id())).proposedByCaller())
                .isTrue();
    }

    private <T> T inTransaction(Callable<T> seeding) throws Exception {
        transaction.begin();
        T result;
        try {
            result = seeding.call();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        return result;
    }

    /** The user's tasks in one view of their inbox that belong to the campaign. */
    private List<InboxTask> tasksOf(TestUser user, View view, Campaign campaign) throws Exception {
        return SignedIn.as(user, () -> inbox.tasks(InboxQuery.of(view), 0, 200)).stream()
                .filter(task -> campaign.getBusinessKey().equals(task.businessKey()))
                .toList();
    }

    /** The partner's consent task in the campaign, as the engine holds it. */
    private Task consentOf(Campaign campaign, String partner) {
        return taskService.createTaskQuery().processInstanceBusinessKey(campaign.getBusinessKey())
                .taskDefinitionKey(RulesAndResponsibilitiesProcess.ACCEPT_TERMS).taskAssignee(partner).singleResult();
    }

    private static TestUser demoUser(String id, String group) {
        return new TestUser(id, "demo", group);
    }
}
