package com.cocreation5r.it.realization;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationForm;
import com.cocreation5r.evaluation.EvaluationService;
import com.cocreation5r.evaluation.ScoreView;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.Engine;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.measure.LateDecision;
import com.cocreation5r.measure.MeasuresService;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.SchemeCheck;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.BusinessConcept;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.ExecutionService;
import com.cocreation5r.realization.HandOverForm;
import com.cocreation5r.realization.RealizationLauncher;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.realization.TriageDecision;
import com.cocreation5r.realization.TriageForm;
import com.cocreation5r.realization.TriageService;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.RecruitingRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ④ Realization's decision and hand-over on a real WildFly, through the services: the acceptance
 * threshold is the one published with the campaign's scheme (the same scores accept an idea under
 * a lenient scheme and reject it under the usual one), and an accepted idea the execution
 * department leaves unanswered is reminded before its deadline and escalated to the program
 * managers at it, visible in the history and the late-decisions report.
 *
 * <p>Other tests and the demo data have triage managers and evaluators too, and the rotation may
 * give a task to any of them; the test then hands it to its own user, as a program manager would.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptanceAndHandOverIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(AcceptanceAndHandOverIT.class);
    }

    @Inject
    TriageService triageService;

    @Inject
    EvaluationService evaluationService;

    @Inject
    ExecutionService executionService;

    @Inject
    RealizationService realizationService;

    @Inject
    MissionService missionService;

    @Inject
    MeasuresService measures;

    @Inject
    InboxService inbox;

    @Inject
    RealizationLauncher launcher;

    @Inject
    CampaignRepository campaigns;

    @Inject
    MissionRepository missions;

    @Inject
    RecruitingRepository recruiting;

    @Inject
    PartnerPool partnerPool;

    @Inject
    IdeaRepository ideas;

    @Inject
    NotificationRepository notifications;

    @Inject
    IdentityService identityService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    @Inject
    CampaignFixtures fixtures;

    @Inject
    Engine engine;

    private static final List<Criterion> CRITERIA = List.of(new Criterion("Creativity", 50),
            new Criterion("Usefulness", 50));
    /** Both criteria at 3 of 5: 50 points. */
    private static final Map<String, Integer> MIDDLING = Map.of("Creativity", 3, "Usefulness", 3);

    TestUser triageManager;
    TestUser evaluator;
    TestUser secondEvaluator;
    TestUser execution;
    TestUser executive;
    TestUser programManager;
    TestUser auditor;
    TestUser partner;

    @BeforeEach
    void createUsers() {
        triageManager = TestUser.create(identityService, Groups.TRIAGE_MANAGER);
        evaluator = TestUser.create(identityService, Groups.EVALUATOR);
        secondEvaluator = TestUser.create(identityService, Groups.EVALUATOR);
        execution = TestUser.create(identityService, Groups.EXECUTION);
        executive = TestUser.create(identityService, Groups.EXECUTIVE);
        programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
        auditor = TestUser.create(identityService, Groups.AUDITOR);
        partner = TestUser.create(identityService, Groups.PARTNER);
    }

    @Test
    void theSchemesPublishedThresholdDecidesAcceptance() throws Exception {
        // Given the same middling scores in a campaign accepting at 45 points and one at the usual 60
        Campaign lenient = campaignWithPublishedScheme(45);
        Campaign usual = campaignWithPublishedScheme(EvaluationScheme.USUAL_ACCEPTANCE_THRESHOLD);

        // When each idea is triaged and scored 50 points
        String lenientInstance = triageAndScore(submittedIdea(lenient, "Refill by subscription"));
        String usualInstance = triageAndScore(submittedIdea(usual, "Refill by post"));

        // Then the lenient scheme accepts it and the execution department is asked; the usual one rejects it
        ScoreView accepted = scoreOf(lenientInstance);
        assertThat(accepted.weightedScore()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(accepted.accepted()).isTrue();
        assertThat(engine.tasks(lenientInstance, RealizationProcess.HAND_OVER_IDEA)).hasSize(1);
        ScoreView rejected = scoreOf(usualInstance);
        assertThat(rejected.weightedScore()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(rejected.accepted()).isFalse();
        assertThat(engine.tasks(usualInstance, RealizationProcess.EXPLAIN_REJECTION)).hasSize(1);

        // And anyone can check the threshold used is the published one: it is part of the digest
        SchemeCheck check = SignedIn.as(programManager, () -> missionService.checkPublishedScheme(lenient.getId()));
        assertThat(check.matches()).isTrue();
        assertThat(check.scheme().acceptanceThreshold()).isEqualTo(45);
        assertThat(check.canonicalForm()).endsWith("acceptanceThreshold=45\n");
        assertThat(accepted.schemeDigest()).isEqualTo(check.publishedDigest());
    }

    @Test
    void anUnansweredHandOverIsRemindedThenEscalatedToTheProgramManagers() throws Exception {
        giveEmail(execution);
        giveEmail(programManager);
        Campaign campaign = campaignWithPublishedScheme(EvaluationScheme.USUAL_ACCEPTANCE_THRESHOLD);
        Idea idea = submittedIdea(campaign, "Refill vending machine");
        String instance = start(idea);
        SignedIn.as(executive, () -> realizationService.fastTrack(idea.getId(), "Retail asked for it"));
        Task handOver = engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA);
        SignedIn.as(execution, () -> inbox.claim(handOver.getId()));
        Job reminder = engine.timer(instance, RealizationProcess.HAND_OVER_REMINDER_DUE);
        Job deadline = engine.timer(instance, RealizationProcess.HAND_OVER_DEADLINE_PASSED);
        assertThat(deadline.getDuedate()).isEqualTo(handOver.getDueDate());
        assertThat(Duration.between(reminder.getDuedate().toInstant(), deadline.getDuedate().toInstant()))
                .isEqualTo(Duration.ofDays(RealizationProcess.HAND_OVER_REMINDER_DAYS_BEFORE));

        // When the reminder falls due
        managementService.executeJob(reminder.getId());

        // Then the execution department is reminded through the outbox; the task stays where it is
        assertThat(notifications.forCampaign(campaign.getId()))
                .filteredOn(notification -> "realization.handOverReminder".equals(notification.getMessageKey()))
                .extracting(Notification::getRecipientEmail).contains(emailOf(execution))
                .doesNotContain(emailOf(programManager));
        assertThat(engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA).getAssignee()).isEqualTo(execution.id());

        // When the deadline passes unanswered (the test cannot wait seven days: the task's due date is
        // moved to the past, as the timer's would have come)
        Task overdue = engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA);
        overdue.setDueDate(Date.from(Instant.now().minus(Duration.ofHours(1))));
        taskService.saveTask(overdue);
        managementService.executeJob(deadline.getId());

        // Then the same task is offered to the program managers, urgent and unassigned, and they are told
        Task escalated = engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA);
        assertThat(escalated.getId()).isEqualTo(handOver.getId());
        assertThat(escalated.getAssignee()).isNull();
        assertThat(escalated.getPriority()).isEqualTo(RealizationProcess.ESCALATED_PRIORITY);
        assertThat(taskService.getIdentityLinksForTask(escalated.getId())).extracting(IdentityLink::getGroupId)
                .contains(Groups.EXECUTION, Groups.PROGRAM_MANAGER);
        assertThat(notifications.forCampaign(campaign.getId()))
                .filteredOn(notification -> "realization.handOverEscalated".equals(notification.getMessageKey()))
                .extracting(Notification::getRecipientEmail).contains(emailOf(programManager));

        // and the history shows the reminder and the escalation, the report the missed deadline
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(RealizationProcess.HAND_OVER_REMINDER_DUE, RealizationProcess.REMIND_HAND_OVER,
                        RealizationProcess.HAND_OVER_DEADLINE_PASSED, RealizationProcess.ESCALATE_HAND_OVER);
        assertThat(SignedIn.as(auditor, () -> measures.lateDecisions(campaign.getId())))
                .extracting(LateDecision::taskId, LateDecision::taskKey)
                .contains(org.assertj.core.groups.Tuple.tuple(handOver.getId(), RealizationProcess.HAND_OVER_IDEA));

        // When a program manager declines it on the department's behalf
        SignedIn.as(programManager, () -> {
            inbox.claim(escalated.getId());
            assertThat(executionService.handOverOfTask(escalated.getId()).idea().title())
                    .isEqualTo("Refill vending machine");
            executionService.decideHandOver(escalated.getId(), new HandOverForm(ExecutionDepartment.OPERATIONS, false,
                    "No answer from operations in seven days; route it elsewhere"));
        });

        // Then the idea is back at triage, to be routed to another department
        assertThat(engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA)).isNotNull();
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_TRIAGE);
    }

    // ------------------------------------------------------------------ steps

    private String triageAndScore(Idea idea) throws Exception {
        String instance = start(idea);
        Task triage = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);
        taskService.setAssignee(triage.getId(), triageManager.id());
        SignedIn.as(triageManager, () -> triageService.triage(triage.getId(), new TriageForm(TriageDecision.EVALUATE,
                BusinessConcept.PRODUCT, ExecutionDepartment.PRODUCT_DEVELOPMENT, null, null)));
        List<Task> evaluations = engine.tasks(instance, RealizationProcess.EVALUATE_IDEA);
        assertThat(evaluations).hasSize(2);
        List<TestUser> evaluators = List.of(evaluator, secondEvaluator);
        for (int i = 0; i < evaluations.size(); i++) {
            Task evaluation = evaluations.get(i);
            TestUser by = evaluators.get(i);
            taskService.setAssignee(evaluation.getId(), by.id());
            SignedIn.as(by, () -> {
                evaluationService.declareConflict(evaluation.getId(), new ConflictDeclaration(false, null));
                evaluationService.score(evaluation.getId(), new EvaluationForm(MIDDLING, null));
            });
        }
        return instance;
    }

    private ScoreView scoreOf(String instance) throws Exception {
        Long ideaId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(RealizationProcess.IDEA_ID).singleResult().getValue();
        return SignedIn.as(programManager, () -> evaluationService.scoreOf(ideaId)).orElseThrow();
    }

    /** A campaign whose partner accepted the published scheme, accepting ideas at the given threshold. */
    private Campaign campaignWithPublishedScheme(int acceptanceThreshold) throws Exception {
        EvaluationScheme scheme = new EvaluationScheme("Two evaluators", "Scores 1-5 per criterion, weighted", false,
                CRITERIA, acceptanceThreshold);
        return fixtures.inTransaction(() -> {
            Instant now = Instant.now();
            Campaign campaign = new Campaign("acceptance-it-" + UUID.randomUUID(), "Acceptance IT " + UUID.randomUUID(),
                    "Integration test", true, 2, now.minus(Duration.ofDays(30)), programManager.id(), now);
            campaigns.add(campaign);
            Mission mission = new Mission(campaign.getId(), CampaignFixtures.missionUnderway(scheme), programManager.id(), now);
            missions.add(mission);
            campaign.schemePublished(mission.publishScheme(now), now);
            TermsAcceptance acceptance = new TermsAcceptance(campaign.getId(), partnerOf(campaign), now);
            missions.add(acceptance);
            acceptance.decide(true, campaign.getSchemeDigest(), now);
            return campaign;
        });
    }

    /** The test partner's record, created once. */
    private Partner partnerOf(Campaign campaign) {
        return partnerPool.byUserId(partner.id()).orElseGet(() -> {
            Candidate candidate = new Candidate(profile(partner.id()));
            recruiting.add(candidate);
            Partner created = new Partner(candidate, campaign.getId(), Instant.now());
            created.linkUser(partner.id());
            partnerPool.add(created);
            return created;
        });
    }

    private Idea submittedIdea(Campaign campaign, String title) throws Exception {
        return fixtures.inTransaction(() -> {
            Idea idea = new Idea(campaign.getId(), partnerOf(campaign), null,
                    new IdeaContent(title, "Summary of " + title, "How " + title + " works"), Instant.now());
            ideas.add(idea);
            idea.submit(Instant.now());
            return idea;
        });
    }

    private String start(Idea idea) throws Exception {
        return fixtures.inTransaction(() -> launcher.start(ideas.require(idea.getId())).getId());
    }

    private void giveEmail(TestUser user) {
        User stored = identityService.createUserQuery().userId(user.id()).singleResult();
        stored.setEmail(emailOf(user));
        identityService.saveUser(stored);
    }

    private static String emailOf(TestUser user) {
        return user.id() + "@it.example";
    }
}
