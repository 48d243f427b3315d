package com.cocreation5r.it.retention;

import static com.cocreation5r.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.idea.IdeaVote;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.PoolCheckInProcess;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.retention.CheckInReport;
import com.cocreation5r.retention.CheckInView;
import com.cocreation5r.retention.FollowUpReport;
import com.cocreation5r.retention.FollowUpView;
import com.cocreation5r.retention.IdeaOutcome;
import com.cocreation5r.retention.MyRetention;
import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.RetentionCohort;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.retention.SurveyAnswers;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ⑤ Retention on a real WildFly, through the services as the different users: the honours decided
 * on what each partner's ideas became, each partner answering their own survey and never
 * reaching another's, the program manager following up the dissatisfied one, and staff without
 * the role refused. Ideas are created and moved on directly through the idea package, as
 * Reinforcement and Realization would.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(RetentionIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures fixtures;

    @Inject
    RetentionService retention;

    @Inject
    PartnerPoolService poolService;

    @Inject
    RetentionCohort cohort;

    @Inject
    InboxService inbox;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PartnerPool pool;

    @Inject
    IdeaRepository ideas;

    @Inject
    NotificationRepository notifications;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @Inject
    ManagementService managementService;

    TestUser programManager;
    TestUser recruiter;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        recruiter = staff.of(Groups.RECRUITER);
    }

    @Test
    void eachPartnerIsHonouredAnswersTheirOwnSurveyAndTheDissatisfiedIsFollowedUp() throws Exception {
        // Given a campaign after its activity period: ana wrote three ideas (one accepted), ben one
        // draft; carl accepted the terms too but left the pool since
        Campaign campaign = fixtures.inTransaction(this::pastCampaign);
        TestUser ana = partner(campaign, "ana");
        TestUser ben = partner(campaign, "ben");
        TestUser carl = partner(campaign, "carl");
        fixtures.inTransaction(() -> {
            pool.byUserId(carl.id()).orElseThrow().leavePool(Instant.now());
            Idea accepted = idea(campaign, ana, "Colour-changing foam", IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE,
                    IdeaStatus.IN_EVALUATION, IdeaStatus.ACCEPTED);
            idea(campaign, ana, "Refill pouches", IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE,
                    IdeaStatus.IN_EVALUATION, IdeaStatus.REJECTED);
            idea(campaign, ana, "Travel size", IdeaStatus.SUBMITTED);
            idea(campaign, ben, "Half-written thought");
            ideas.add(new IdeaVote(accepted, ben.id(), 5, Instant.now()));
            return null;
        });
        assertThat(cohort.partnerUserIds(campaign.getId())).containsExactly(ana.id(), ben.id());

        // When the Retention stage starts for the campaign
        String instanceId = runtimeService.startProcessInstanceByKey(RetentionProcess.PROCESS_KEY,
                campaign.getBusinessKey(), java.util.Map.of(RetentionProcess.CAMPAIGN_ID, campaign.getId())).getId();

        // Then each partner of the cohort gets their own survey once their contribution is measured
        await(() -> surveys(instanceId).size() == 2);
        Task anasSurvey = surveyOf(instanceId, ana);
        Task bensSurvey = surveyOf(instanceId, ben);
        assertThat(anasSurvey.getDueDate()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(13))));

        // and the honours follow the decision: ana an honorary consumer, ben none
        MyRetention anas = SignedIn.as(ana, () -> retention.myRetention());
        assertThat(anas.honour()).isEqualTo(Honour.HONORARY_CONSUMER);
        assertThat(anas.contributions()).singleElement().satisfies(contribution -> {
            assertThat(contribution.measures().ideasSubmitted()).isEqualTo(3);
            assertThat(contribution.measures().ideasAccepted()).isEqualTo(1);
            assertThat(contribution.measures().averageScore()).isEqualTo(100.0);
            assertThat(contribution.honour()).isEqualTo(Honour.HONORARY_CONSUMER);
        });
        assertThat(SignedIn.as(ben, () -> retention.myRetention()).honour()).isEqualTo(Honour.NONE);
        assertThat(notifications.forCampaign(campaign.getId())).extracting(Notification::getMessageKey)
                .containsOnlyOnce("retention.honoured.HONORARY_CONSUMER");

        // and a partner sees what became of their own ideas, never another partner's
        assertThat(anas.ideas()).extracting(IdeaOutcome::title, IdeaOutcome::status).containsExactlyInAnyOrder(
                tuple("Colour-changing foam", IdeaStatus.ACCEPTED), tuple("Refill pouches", IdeaStatus.REJECTED),
                tuple("Travel size", IdeaStatus.SUBMITTED));
        Long bensIdea = SignedIn.as(ben, () -> retention.myRetention()).ideas().get(0).ideaId();
        assertThat(SignedIn.as(ben, () -> retention.outcomeOf(bensIdea)).status()).isEqualTo(IdeaStatus.DRAFT);
        assertThatThrownBy(() -> SignedIn.as(ana, () -> retention.outcomeOf(bensIdea)))
                .isInstanceOf(IdeaNotFound.class);

        // and may neither read nor answer another partner's survey, nor reach the program managers' views
        assertThatThrownBy(() -> SignedIn.as(ana, () -> retention.surveyOfTask(bensSurvey.getId())))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(ana, () -> retention.answerSurvey(bensSurvey.getId(),
                new SurveyAnswers(5, 5, 5, 5, null))))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(ana, () -> poolService.pool())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(ana, () -> retention.followUpOfTask(bensSurvey.getId())))
                .isInstanceOf(EJBAccessException.class);

        // When ana answers with a score out of range, nothing changes; then she answers properly
        assertThatThrownBy(() -> SignedIn.as(ana, () -> retention.answerSurvey(anasSurvey.getId(),
                new SurveyAnswers(6, 4, 4, 4, null))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThat(taskService.createTaskQuery().taskId(anasSurvey.getId()).count()).isEqualTo(1);
        assertThat(SignedIn.as(ana, () -> retention.surveyOfTask(anasSurvey.getId())).contribution().honour())
                .isEqualTo(Honour.HONORARY_CONSUMER);
        SignedIn.as(ana, () -> retention.answerSurvey(anasSurvey.getId(), new SurveyAnswers(5, 4, 4, 5, "Great")));

        // and ben answers with a low satisfaction
        SignedIn.as(ben, () -> retention.answerSurvey(bensSurvey.getId(),
                new SurveyAnswers(2, 1, 3, 2, "Nobody told me anything")));

        // Then the program managers, and only they, have one follow-up, about ben
        Task followUp = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(RetentionProcess.FOLLOW_UP_SATISFACTION).singleResult();
        assertThat(followUp).isNotNull();
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> retention.followUpOfTask(followUp.getId())))
                .isInstanceOf(EJBAccessException.class);
        FollowUpView seen = SignedIn.as(programManager, () -> retention.followUpOfTask(followUp.getId()));
        assertThat(seen.partnerName()).isEqualTo("Test ben");
        assertThat(seen.answers()).isEqualTo(new SurveyAnswers(2, 1, 3, 2, "Nobody told me anything"));

        // When the program manager records nothing, it is refused; then the follow-up is recorded
        SignedIn.as(programManager, () -> inbox.claim(followUp.getId()));
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> retention.followUp(followUp.getId(),
                new FollowUpReport(" "))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        SignedIn.as(programManager, () -> retention.followUp(followUp.getId(),
                new FollowUpReport("Called ben and explained where his vote went")));

        // Then the stage is complete
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(RetentionProcess.PARTNER_FOLLOWED_UP).count()).isEqualTo(1);
    }

    @Test
    void theCommunityManagersRecordThePeriodicCheckInWithThePool() throws Exception {
        TestUser communityManager = staff.of(Groups.COMMUNITY_MANAGER);
        partner(fixtures.inTransaction(this::pastCampaign), "dana");
        // Given the check-in timer is due (run now rather than in 90 days)
        Job due = managementService.createJobQuery().processDefinitionKey(PoolCheckInProcess.PROCESS_KEY).timers()
                .singleResult();
        managementService.executeJob(due.getId());
        Task checkIn = taskService.createTaskQuery().processDefinitionKey(PoolCheckInProcess.PROCESS_KEY)
                .taskDefinitionKey(PoolCheckInProcess.HOLD_CHECK_IN).orderByTaskCreateTime().desc().listPage(0, 1)
                .get(0);
        // and the next one is scheduled, 90 days on
        Job next = managementService.createJobQuery().processDefinitionKey(PoolCheckInProcess.PROCESS_KEY).timers()
                .singleResult();
        assertThat(next.getId()).isNotEqualTo(due.getId());
        assertThat(next.getDuedate()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(89))));

        // Then the community managers see the pool; others may not record it
        CheckInView pool = SignedIn.as(communityManager, () -> retention.checkInOfTask(checkIn.getId()));
        assertThat(pool.partnersInPool()).isPositive();
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> retention.checkInOfTask(checkIn.getId())))
                .isInstanceOf(EJBAccessException.class);

        // When the community manager records no notes, it is refused; then the check-in is recorded
        SignedIn.as(communityManager, () -> inbox.claim(checkIn.getId()));
        assertThatThrownBy(() -> SignedIn.as(communityManager, () -> retention.holdCheckIn(checkIn.getId(),
                new CheckInReport(12, true, ""))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        SignedIn.as(communityManager, () -> retention.holdCheckIn(checkIn.getId(),
                new CheckInReport(12, true, "Two partners asked why their ideas were not answered yet")));

        assertThat(taskService.createTaskQuery().taskId(checkIn.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(checkIn.getProcessInstanceId()).singleResult().getEndTime()).isNotNull();
    }

    // ------------------------------------------------------------------ steps

    private Campaign pastCampaign() {
        Instant started = Instant.now().minus(Duration.ofDays(90));
        Campaign campaign = new Campaign("retention-it-" + UUID.randomUUID(), "Retention IT campaign", null, true, 3,
                started.plus(Duration.ofDays(10)), programManager.id(), started);
        campaigns.add(campaign);
        campaign.openCall();
        campaign.closeCall();
        campaign.recruitingFinished();
        return campaign;
    }

    /** A partner of the campaign's cohort with a user of their own, who accepted the terms. */
    private TestUser partner(Campaign campaign, String name) throws Exception {
        TestUser user = staff.another(Groups.PARTNER);
        fixtures.inTransaction(() -> fixtures.acceptedTerms(campaign.getId(),
                fixtures.partnerOf(user, name, campaign.getId()), null));
        return user;
    }

    private Idea idea(Campaign campaign, TestUser author, String title, IdeaStatus... path) {
        Idea idea = new Idea(campaign.getId(), pool.byUserId(author.id()).orElseThrow(), null,
                new IdeaContent(title, title + " in short", title + " in full"), Instant.now());
        ideas.add(idea);
        for (IdeaStatus next : path) {
            if (next == IdeaStatus.SUBMITTED) {
                idea.submit(Instant.now());
            } else {
                idea.moveTo(next);
            }
        }
        return idea;
    }

    private List<Task> surveys(String instanceId) {
        return taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(RetentionProcess.TAKE_SATISFACTION_SURVEY).list();
    }

    private Task surveyOf(String instanceId, TestUser partner) {
        return taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(RetentionProcess.TAKE_SATISFACTION_SURVEY).taskAssignee(partner.id()).singleResult();
    }

}
