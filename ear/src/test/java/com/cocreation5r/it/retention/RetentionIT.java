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
import com.cocreation5r.it.Engine;
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
import com.cocreation5r.retention.OpenPollView;
import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.PollCandidate;
import com.cocreation5r.retention.PollChoiceView;
import com.cocreation5r.retention.PollPitch;
import com.cocreation5r.retention.PollResult;
import com.cocreation5r.retention.PurchaseIntent;
import com.cocreation5r.retention.PurchaseIntentPoll;
import com.cocreation5r.retention.PurchaseIntentPolls;
import com.cocreation5r.retention.PurchaseIntentService;
import com.cocreation5r.retention.RetentionCohort;
import com.cocreation5r.retention.RetentionRuleBroken;
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
 * the role refused; and the purchase-intent polls of accepted ideas, answered by the pool and
 * read by their authors once closed. Ideas are created and moved on directly through the idea package, as
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

    @Inject
    PurchaseIntentService polls;

    @Inject
    PurchaseIntentPolls pollRepository;

    @Inject
    Engine engine;

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
        // and puts none of the accepted ideas to a poll
        Task pollChoice = engine.singleTask(instanceId, RetentionProcess.CHOOSE_POLL_IDEAS);
        SignedIn.as(programManager, () -> inbox.claim(pollChoice.getId()));
        assertThat(SignedIn.as(programManager, () -> polls.openPolls(pollChoice.getId(), List.of()))).isEmpty();

        // Then the stage is complete
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(RetentionProcess.PARTNER_FOLLOWED_UP).count()).isEqualTo(1);
    }

    @Test
    void acceptedIdeasArePutToThePoolWhoseAnswersTheirAuthorsSeeOnceThePollCloses() throws Exception {
        // Given a past campaign where ana and ben each had an idea accepted and ana one rejected,
        // a pool partner of another campaign (dora), and carl who left the pool
        Campaign campaign = fixtures.inTransaction(this::pastCampaign);
        TestUser ana = partner(campaign, "ana");
        TestUser ben = partner(campaign, "ben");
        TestUser carl = partner(campaign, "carl");
        TestUser dora = staff.another(Groups.PARTNER);
        Long[] idea = fixtures.inTransaction(() -> {
            fixtures.partnerOf(dora, "dora", pastCampaign().getId());
            pool.byUserId(carl.id()).orElseThrow().leavePool(Instant.now());
            return new Long[] {
                idea(campaign, ana, "Colour-changing foam", IdeaStatus.SUBMITTED, IdeaStatus.ACCEPTED,
                        IdeaStatus.IN_EXECUTION).getId(),
                idea(campaign, ben, "Mini roll-on", IdeaStatus.SUBMITTED, IdeaStatus.ACCEPTED).getId(),
                idea(campaign, ana, "Refill pouches", IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE,
                        IdeaStatus.IN_EVALUATION, IdeaStatus.REJECTED).getId()};
        });
        Long foam = idea[0];
        Long rollOn = idea[1];
        Long pouches = idea[2];

        // When the Retention stage starts
        String instanceId = runtimeService.startProcessInstanceByKey(RetentionProcess.PROCESS_KEY,
                campaign.getBusinessKey(), java.util.Map.of(RetentionProcess.CAMPAIGN_ID, campaign.getId())).getId();

        // Then the program managers, and only they, may put the two accepted ideas to a poll
        Task choice = engine.awaitTask(instanceId, RetentionProcess.CHOOSE_POLL_IDEAS);
        PollChoiceView offered = SignedIn.as(programManager, () -> polls.pollChoiceOfTask(choice.getId()));
        assertThat(offered.candidates()).extracting(PollCandidate::ideaId, PollCandidate::authorName)
                .containsExactlyInAnyOrder(tuple(foam, "Test ana"), tuple(rollOn, "Test ben"));
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> polls.pollChoiceOfTask(choice.getId())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(ana, () -> polls.pollChoiceOfTask(choice.getId())))
                .isInstanceOf(EJBAccessException.class);

        // When the program manager leaves a headline blank, names the rejected idea or one idea twice,
        // nothing is opened and the task stays
        SignedIn.as(programManager, () -> inbox.claim(choice.getId()));
        PollPitch foamPitch = new PollPitch(foam, "A foam cleanser that changes colour as you wash",
                "Tells you when your face is clean. Would you buy it?");
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> polls.openPolls(choice.getId(),
                List.of(new PollPitch(foam, " ", "Tells you when your face is clean")))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertRuleBroken(() -> SignedIn.as(programManager, () -> polls.openPolls(choice.getId(),
                List.of(foamPitch, new PollPitch(pouches, "Refill pouches", "Sold at fairs")))),
                RetentionRuleBroken.Rule.NOT_POLLABLE);
        assertRuleBroken(() -> SignedIn.as(programManager, () -> polls.openPolls(choice.getId(),
                List.of(foamPitch, foamPitch))), RetentionRuleBroken.Rule.POLLED_TWICE);
        assertThat(pollsOf(campaign)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(choice.getId()).count()).isEqualTo(1);

        // When the foam cleanser is put to a poll
        List<Long> opened = SignedIn.as(programManager, () -> polls.openPolls(choice.getId(), List.of(foamPitch)));
        Long poll = opened.get(0);

        // Then the pool is invited and waits for the window to close
        assertThat(notifications.forCampaign(campaign.getId())).extracting(Notification::getMessageKey)
                .contains("retention.pollsOpened");
        assertThat(engine.timer(instanceId, RetentionProcess.POLL_WINDOW_OVER).getDuedate())
                .isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(RetentionProcess.POLL_DAYS - 1))));

        // and pool partners see the pitch, without its author; ana does not see her own idea's poll
        assertThat(SignedIn.as(ben, () -> polls.pollsToAnswer())).filteredOn(open -> open.pollId().equals(poll))
                .singleElement().satisfies(open -> {
                    assertThat(open.headline()).isEqualTo(foamPitch.headline());
                    assertThat(open.myAnswer()).isNull();
                });
        assertThat(SignedIn.as(ana, () -> polls.pollsToAnswer())).extracting(OpenPollView::pollId).doesNotContain(poll);
        assertRuleBroken(() -> SignedIn.as(ana, () -> polls.answer(poll, PurchaseIntent.DEFINITELY)),
                RetentionRuleBroken.Rule.OWN_IDEA_POLL);
        assertRuleBroken(() -> SignedIn.as(carl, () -> polls.answer(poll, PurchaseIntent.DEFINITELY)),
                RetentionRuleBroken.Rule.LEFT_POOL);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> polls.answer(poll, PurchaseIntent.DEFINITELY)))
                .isInstanceOf(EJBAccessException.class);

        // When ben answers, then changes his mind, and dora answers
        SignedIn.as(ben, () -> polls.answer(poll, PurchaseIntent.PROBABLY));
        SignedIn.as(ben, () -> polls.answer(poll, PurchaseIntent.DEFINITELY));
        SignedIn.as(dora, () -> polls.answer(poll, PurchaseIntent.PROBABLY_NOT));

        // Then the program managers follow the poll, while ana does not see its answers before it closes
        assertThat(SignedIn.as(programManager, () -> polls.results())).filteredOn(result -> result.pollId().equals(poll))
                .singleElement().satisfies(result -> {
                    assertThat(result.responses()).isEqualTo(2);
                    assertThat(result.wouldBuyPercent()).isEqualTo(50);
                    assertThat(result.closed()).isFalse();
                });
        PollResult whileOpen = outcomeOf(ana, foam).poll();
        assertThat(whileOpen.closed()).isFalse();
        assertThat(whileOpen.responses()).isZero();
        assertThat(outcomeOf(ben, rollOn).poll()).isNull();

        // When the poll window is over
        engine.fireTimer(instanceId, RetentionProcess.POLL_WINDOW_OVER);

        // Then no answer is taken any more, and ana sees what the pool said and is told so
        assertRuleBroken(() -> SignedIn.as(dora, () -> polls.answer(poll, PurchaseIntent.DEFINITELY)),
                RetentionRuleBroken.Rule.POLL_CLOSED);
        assertThat(SignedIn.as(ben, () -> polls.pollsToAnswer())).extracting(OpenPollView::pollId).doesNotContain(poll);
        PollResult said = outcomeOf(ana, foam).poll();
        assertThat(said.closed()).isTrue();
        assertThat(said.responses()).isEqualTo(2);
        assertThat(said.wouldBuyPercent()).isEqualTo(50);
        assertThat(said.answers()).containsEntry(PurchaseIntent.DEFINITELY, 1L)
                .containsEntry(PurchaseIntent.PROBABLY_NOT, 1L).containsEntry(PurchaseIntent.PROBABLY, 0L);
        assertThat(notifications.forCampaign(campaign.getId()))
                .filteredOn(notification -> "retention.pollClosed".equals(notification.getMessageKey()))
                .singleElement().extracting(Notification::getRecipientName).isEqualTo("Test ana");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(RetentionProcess.POLLS_SETTLED).finished().count()).isEqualTo(1);
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

    private List<PurchaseIntentPoll> pollsOf(Campaign campaign) {
        return pollRepository.ofCampaign(campaign.getId());
    }

    private IdeaOutcome outcomeOf(TestUser partner, Long ideaId) throws Exception {
        return SignedIn.as(partner, () -> retention.outcomeOf(ideaId));
    }

    private static void assertRuleBroken(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            RetentionRuleBroken.Rule rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RetentionRuleBroken.class,
                broken -> assertThat(broken.rule()).isEqualTo(rule));
    }

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
