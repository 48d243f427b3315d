package com.cocreation5r.it.campaign;

import static com.cocreation5r.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignStatus;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationForm;
import com.cocreation5r.evaluation.EvaluationService;
import com.cocreation5r.evaluation.ScoreView;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.Engine;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsDecision;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.realization.BusinessConcept;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.ExecutionService;
import com.cocreation5r.realization.ExplanationForm;
import com.cocreation5r.realization.HandOverForm;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.realization.TriageDecision;
import com.cocreation5r.realization.TriageForm;
import com.cocreation5r.realization.TriageService;
import com.cocreation5r.reinforcement.FeasibilityFacts;
import com.cocreation5r.reinforcement.IdeaDraft;
import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.ToolkitPlan;
import com.cocreation5r.reinforcement.ToolkitService;
import com.cocreation5r.retention.FollowUpReport;
import com.cocreation5r.retention.PollPitch;
import com.cocreation5r.retention.PurchaseIntent;
import com.cocreation5r.retention.PurchaseIntentService;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.retention.SurveyAnswers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One campaign through all five stages on a real server, every step through the services as the
 * user whose work it is: four applicants become partners, one is withdrawn for not accepting the
 * terms, the other three hand in six ideas, which are accepted and executed, rejected and
 * explained 1:1, marked duplicate, fast-tracked or escalated at triage; an archived idea is
 * reopened; and the cohort is surveyed and honoured before the campaign completes.
 */
@ExtendWith(ArquillianExtension.class)
class WholeCampaignIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(WholeCampaignIT.class);
    }

    private static final Map<String, Integer> HIGH = Map.of("Creativity", 5, "Usefulness", 5, "Positive brand impact", 4);
    private static final Map<String, Integer> LOW = Map.of("Creativity", 2, "Usefulness", 1, "Positive brand impact", 1);

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures campaigns;

    @Inject
    Engine engine;

    @Inject
    CampaignService campaignService;

    @Inject
    MissionService missionService;

    @Inject
    ToolkitService toolkit;

    @Inject
    IdeaService ideaService;

    @Inject
    TriageService triageService;

    @Inject
    EvaluationService evaluationService;

    @Inject
    ExecutionService executionService;

    @Inject
    RejectionService rejectionService;

    @Inject
    RealizationService realizationService;

    @Inject
    RetentionService retentionService;

    @Inject
    PurchaseIntentService polls;

    @Inject
    InboxService inbox;

    @Inject
    IdeaRepository ideas;

    @Inject
    MissionRepository missions;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    TestUser programManager;
    TestUser legal;
    TestUser communityManager;
    TestUser triageManager;
    TestUser evaluator;
    TestUser secondEvaluator;
    TestUser executive;
    TestUser expert;
    TestUser execution;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        legal = staff.of(Groups.LEGAL);
        communityManager = staff.of(Groups.COMMUNITY_MANAGER);
        triageManager = staff.of(Groups.TRIAGE_MANAGER);
        evaluator = staff.of(Groups.EVALUATOR);
        secondEvaluator = staff.another(Groups.EVALUATOR);
        executive = staff.of(Groups.EXECUTIVE);
        expert = staff.of(Groups.DOMAIN_EXPERT);
        execution = staff.of(Groups.EXECUTION);
    }

    @Test
    void aCampaignRunsThroughAllFiveStages() throws Exception {
        // ① Recruiting: four applicants, all selected into the cohort
        CampaignSummary campaign = campaigns.withCohortSelected("Whole campaign", 4);

        // ② R&R: the mission is drafted and approved; three partners accept, the fourth is withdrawn
        Task draftMission = engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.DRAFT_MISSION);
        SignedIn.as(programManager, () -> {
            inbox.claim(draftMission.getId());
            missionService.draftMission(draftMission.getId(), CampaignFixtures.missionDraft(CampaignFixtures.SCHEME));
        });
        Task review = engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.REVIEW_TERMS);
        SignedIn.as(legal, () -> {
            inbox.claim(review.getId());
            missionService.reviewTerms(review.getId(), new TermsReview(true, null));
        });
        List<Task> acceptTasks = engine.awaitCampaignTasks(campaign.businessKey(), RulesAndResponsibilitiesProcess.ACCEPT_TERMS, 4);
        List<TestUser> partners = new ArrayList<>();
        for (Task accept : acceptTasks.subList(0, 3)) {
            TestUser partner = staff.admittedPartner(accept.getAssignee());
            SignedIn.as(partner, () -> missionService.decideTerms(accept.getId(), true));
            partners.add(partner);
        }
        TestUser withdrawn = staff.admittedPartner(acceptTasks.get(3).getAssignee());
        ProcessInstance rules = engine.instance(campaign.businessKey(), RulesAndResponsibilitiesProcess.PROCESS_KEY);
        engine.fireTimer(rules.getId(), RulesAndResponsibilitiesProcess.ACCEPTANCE_REMINDER_DUE);
        engine.fireTimer(rules.getId(), RulesAndResponsibilitiesProcess.ACCEPTANCE_DEADLINE_PASSED);
        assertThat(missions.acceptances(campaign.id())).extracting(TermsAcceptance::getUserId,
                TermsAcceptance::getDecision).contains(org.assertj.core.groups.Tuple.tuple(withdrawn.id(),
                TermsDecision.WITHDRAWN));
        TestUser ana = partners.get(0);
        TestUser ben = partners.get(1);
        TestUser cho = partners.get(2);

        // ③ Reinforcement: the toolkit is prepared; each of the three hands in two ideas
        Task prepare = engine.awaitCampaignTask(campaign.businessKey(), ReinforcementProcess.PREPARE_TOOLKIT);
        assertThat(status(campaign)).isEqualTo(CampaignStatus.REINFORCING);
        SignedIn.as(communityManager, () -> {
            inbox.claim(prepare.getId());
            toolkit.prepareToolkit(prepare.getId(), new ToolkitPlan("Start from a real moment of use.",
                    Instant.now().plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(14))));
        });
        ProcessInstance reinforcement = engine.instance(campaign.businessKey(), ReinforcementProcess.PROCESS_KEY);
        assertThat(taskService.createTaskQuery().processInstanceId(reinforcement.getId())
                .taskDefinitionKey(ReinforcementProcess.DRAFT_IDEAS).taskAssignee(withdrawn.id()).count())
                .as("a withdrawn partner drafts nothing").isZero();
        Long accepted = submit(reinforcement, ana, "Cooling after-sport spray");
        Long escalated = submit(reinforcement, ana, "Scent-matched shower gel");
        Long fastTracked = submit(reinforcement, ben, "Refill station in gyms");
        Long duplicate = submit(reinforcement, ben, "Gym refill stations");
        Long rejected = submit(reinforcement, cho, "Reflective strap for the gym bag");
        Long secondAccepted = submit(reinforcement, cho, "Fragrance-free range for sensitive skin");
        for (TestUser partner : partners) {
            Task drafting = draftTaskOf(reinforcement, partner);
            SignedIn.as(partner, () -> ideaService.finishDrafting(drafting.getId()));
        }

        // refinement: partners comment on, revise and vote on each other's ideas; one may not see another's
        SignedIn.as(ben, () -> {
            ideaService.comment(accepted, "Add menthol for the cooling effect.");
            ideaService.revise(accepted, new IdeaContent("Cooling menthol after-sport spray",
                    "A spray that cools and freshens after sport", "Menthol and sea salt in a recyclable can."),
                    "Added menthol as suggested");
            ideaService.vote(accepted, 5);
        });
        SignedIn.as(cho, () -> ideaService.vote(accepted, 4));
        assertThatThrownBy(() -> SignedIn.as(withdrawn, () -> ideaService.idea(accepted))).isInstanceOf(IdeaNotFound.class);
        engine.fireTimer(reinforcement.getId(), ReinforcementProcess.REFINEMENT_WINDOW_CLOSED);

        // ④ Realization: one instance per idea, all six under the campaign's key
        await(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(RealizationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(campaign.businessKey()).count() == 6);
        assertThat(status(campaign)).isEqualTo(CampaignStatus.REALIZING);
        assertThat(SignedIn.as(ana, () -> ideaService.idea(accepted)).revisions()).hasSize(2);

        // an executive fast-tracks one out of triage; the department takes it on and implements it
        SignedIn.as(executive, () -> realizationService.fastTrack(fastTracked, "Gyms asked us for exactly this"));
        takeOnAndImplement(realization(campaign, fastTracked));

        // a triage deadline passes: the program managers triage it and send it to evaluation
        String escalatedInstance = realization(campaign, escalated);
        engine.fireTimer(escalatedInstance, RealizationProcess.TRIAGE_DEADLINE_PASSED);
        Task escalatedTriage = engine.awaitTask(escalatedInstance, RealizationProcess.TRIAGE_IDEA);
        assertThat(escalatedTriage.getAssignee()).isNull();
        SignedIn.as(programManager, () -> {
            inbox.claim(escalatedTriage.getId());
            assertThat(triageService.triageOfTask(escalatedTriage.getId()).escalated()).isTrue();
            triageService.triage(escalatedTriage.getId(), new TriageForm(TriageDecision.EVALUATE,
                    BusinessConcept.PRODUCT, ExecutionDepartment.PRODUCT_DEVELOPMENT, null, null));
        });
        evaluate(escalatedInstance, HIGH);
        takeOnAndImplement(escalatedInstance);

        // a duplicate goes to the archive at triage
        String duplicateInstance = realization(campaign, duplicate);
        triage(duplicateInstance, new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.SERVICE, null, fastTracked,
                null));
        assertThat(ideas.require(duplicate).getStatus()).isEqualTo(IdeaStatus.ARCHIVED);

        // two are evaluated well, accepted and implemented
        for (Long idea : List.of(accepted, secondAccepted)) {
            String instance = realization(campaign, idea);
            triage(instance, new TriageForm(TriageDecision.EVALUATE, BusinessConcept.PRODUCT,
                    ExecutionDepartment.PRODUCT_DEVELOPMENT, null, null));
            evaluate(instance, HIGH);
            ScoreView score = SignedIn.as(expert, () -> evaluationService.scoreOf(idea)).orElseThrow();
            assertThat(score.accepted()).isTrue();
            takeOnAndImplement(instance);
            assertThat(ideas.require(idea).getStatus()).isEqualTo(IdeaStatus.IMPLEMENTED);
        }

        // one is rejected, explained 1:1 by an internal expert, acknowledged by its partner alone, archived
        String rejectedInstance = realization(campaign, rejected);
        triage(rejectedInstance, new TriageForm(TriageDecision.EVALUATE, BusinessConcept.PACKAGING,
                ExecutionDepartment.DESIGN, null, null));
        evaluate(rejectedInstance, LOW);
        Task explain = engine.awaitTask(rejectedInstance, RealizationProcess.EXPLAIN_REJECTION);
        SignedIn.as(expert, () -> {
            inbox.claim(explain.getId());
            Long notNovel = rejectionService.rejectionOfTask(explain.getId()).reasons().stream()
                    .filter(reason -> reason.code().equals("NOT_NOVEL")).findFirst().orElseThrow().id();
            rejectionService.explain(explain.getId(), new ExplanationForm(LocalDate.now(), List.of(notNovel),
                    "Reflective straps exist already; your insight on evening runs is welcome next time.", null));
        });
        Task acknowledge = engine.awaitTask(rejectedInstance, RealizationProcess.ACKNOWLEDGE_EXPLANATION);
        assertThat(acknowledge.getAssignee()).isEqualTo(cho.id());
        assertThatThrownBy(() -> SignedIn.as(ana, () -> rejectionService.explanationFor(rejected)))
                .isInstanceOf(IdeaNotFound.class);
        SignedIn.as(cho, () -> rejectionService.acknowledge(acknowledge.getId(), "Understood, thanks."));
        assertThat(ideas.require(rejected).getStatus()).isEqualTo(IdeaStatus.ARCHIVED);

        // ⑤ Retention starts once every Realization of the campaign has ended
        await(() -> engine.instanceOrNull(campaign.businessKey(), RetentionProcess.PROCESS_KEY) != null);
        assertThat(status(campaign)).isEqualTo(CampaignStatus.RETAINING);

        // the archived idea is reopened into a new Realization of its own, outside the campaign's wait
        String reopened = SignedIn.as(expert, () -> realizationService.reopen(rejected,
                "The pigment got cheaper; worth a second look"));
        assertThat(ideas.require(rejected).getRealizationRound()).isEqualTo(2);
        assertThat(engine.awaitTask(reopened, RealizationProcess.TRIAGE_IDEA)).isNotNull();

        // each of the three partners is surveyed; a low satisfaction opens a follow-up
        ProcessInstance retention = engine.instance(campaign.businessKey(), RetentionProcess.PROCESS_KEY);
        for (TestUser partner : partners) {
            await(() -> engine.taskOf(retention.getId(), RetentionProcess.TAKE_SATISFACTION_SURVEY, partner.id()) != null);
        }
        assertThat(taskService.createTaskQuery().processInstanceId(retention.getId())
                .taskDefinitionKey(RetentionProcess.TAKE_SATISFACTION_SURVEY).taskAssignee(withdrawn.id()).count())
                .as("the withdrawn partner is not surveyed").isZero();
        SignedIn.as(ana, () -> retentionService.answerSurvey(engine.taskOf(retention.getId(), RetentionProcess.TAKE_SATISFACTION_SURVEY, ana.id()).getId(),
                new SurveyAnswers(5, 5, 4, 5, "Seeing my spray implemented was great")));
        SignedIn.as(ben, () -> retentionService.answerSurvey(engine.taskOf(retention.getId(), RetentionProcess.TAKE_SATISFACTION_SURVEY, ben.id()).getId(),
                new SurveyAnswers(4, 4, 4, 4, null)));
        SignedIn.as(cho, () -> retentionService.answerSurvey(engine.taskOf(retention.getId(), RetentionProcess.TAKE_SATISFACTION_SURVEY, cho.id()).getId(),
                new SurveyAnswers(2, 2, 3, 2, "The explanation came late")));
        Task followUp = engine.awaitTask(retention.getId(), RetentionProcess.FOLLOW_UP_SATISFACTION);
        SignedIn.as(programManager, () -> {
            inbox.claim(followUp.getId());
            retentionService.followUp(followUp.getId(), new FollowUpReport("Called cho about the late explanation"));
        });
        // and cho's accepted idea is put to the pool, which answers until the poll window is over
        Task pollChoice = engine.awaitTask(retention.getId(), RetentionProcess.CHOOSE_POLL_IDEAS);
        Long poll = SignedIn.as(programManager, () -> {
            inbox.claim(pollChoice.getId());
            return polls.openPolls(pollChoice.getId(), List.of(new PollPitch(secondAccepted,
                    "A fragrance-free range for sensitive skin", "Gentle care without any scent."))).get(0);
        });
        SignedIn.as(ana, () -> polls.answer(poll, PurchaseIntent.DEFINITELY));
        engine.fireTimer(retention.getId(), RetentionProcess.POLL_WINDOW_OVER);

        // Then the campaign is complete, and each partner sees what became of their ideas
        await(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY)
                .processInstanceBusinessKey(campaign.businessKey()).count() == 0);
        assertThat(status(campaign)).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processDefinitionId(historyService.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(CampaignProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(campaign.businessKey()).singleResult().getProcessDefinitionId())
                .activityId(CampaignProcess.CAMPAIGN_COMPLETED).count()).isPositive();
        assertThat(ideas.ofCampaign(campaign.id())).hasSize(6).extracting(idea -> idea.getStatus())
                .containsExactlyInAnyOrder(IdeaStatus.IMPLEMENTED, IdeaStatus.IMPLEMENTED, IdeaStatus.IMPLEMENTED,
                        IdeaStatus.IMPLEMENTED, IdeaStatus.ARCHIVED, IdeaStatus.IN_TRIAGE);
        assertThat(SignedIn.as(cho, () -> realizationService.myIdeas()))
                .extracting(mine -> mine.ideaId()).containsExactlyInAnyOrder(rejected, secondAccepted);
        assertThat(SignedIn.as(cho, () -> realizationService.myIdeas()))
                .filteredOn(mine -> mine.ideaId().equals(secondAccepted)).singleElement()
                .satisfies(mine -> assertThat(mine.publishedScore()).isGreaterThan(new BigDecimal("50")));
        assertThat(SignedIn.as(cho, () -> rejectionService.myExplanations())).hasSize(1);
        assertThat(SignedIn.as(cho, () -> retentionService.outcomeOf(secondAccepted)).poll())
                .satisfies(said -> assertThat(said.closed()).isTrue())
                .satisfies(said -> assertThat(said.wouldBuyPercent()).isEqualTo(100));
        assertThat(SignedIn.as(ana, () -> rejectionService.myExplanations())).isEmpty();
    }

    // ------------------------------------------------------------------ steps

    private Long submit(ProcessInstance reinforcement, TestUser partner, String title) throws Exception {
        Task drafting = draftTaskOf(reinforcement, partner);
        IdeaDraft draft = new IdeaDraft(new IdeaContent(title, "What it is in one line: " + title,
                "How it works, who it is for and why it fits the brand."), "Scent",
                new FeasibilityFacts(20_000_000L, 8, false, false, null));
        return SignedIn.as(partner, () -> ideaService.submitToCohort(drafting.getId(), null, draft, true));
    }

    private void triage(String instance, TriageForm form) throws Exception {
        Task triage = engine.awaitTask(instance, RealizationProcess.TRIAGE_IDEA);
        taskService.setAssignee(triage.getId(), triageManager.id());
        SignedIn.as(triageManager, () -> triageService.triage(triage.getId(), form));
    }

    /** Both evaluators declare no conflict and score; the engine picked them, the test stands in for them. */
    private void evaluate(String instance, Map<String, Integer> scores) throws Exception {
        List<Task> evaluations = engine.awaitTasks(instance, RealizationProcess.EVALUATE_IDEA, 2);
        TestUser[] evaluators = {evaluator, secondEvaluator};
        for (int i = 0; i < evaluations.size(); i++) {
            Task evaluation = evaluations.get(i);
            TestUser who = evaluators[i];
            taskService.setAssignee(evaluation.getId(), who.id());
            SignedIn.as(who, () -> {
                evaluationService.declareConflict(evaluation.getId(), new ConflictDeclaration(false, null));
                evaluationService.score(evaluation.getId(), new EvaluationForm(scores, null));
            });
        }
    }

    private void takeOnAndImplement(String instance) throws Exception {
        Task handOver = engine.awaitTask(instance, RealizationProcess.HAND_OVER_IDEA);
        SignedIn.as(execution, () -> {
            inbox.claim(handOver.getId());
            executionService.decideHandOver(handOver.getId(),
                    new HandOverForm(ExecutionDepartment.PRODUCT_DEVELOPMENT, true, null));
        });
        Task tracking = engine.awaitTask(instance, RealizationProcess.TRACK_IMPLEMENTATION);
        SignedIn.as(execution, () -> {
            inbox.claim(tracking.getId());
            executionService.completeImplementation(tracking.getId(), "In the spring range");
        });
    }

    private CampaignStatus status(CampaignSummary campaign) throws Exception {
        return SignedIn.as(programManager, () -> campaignService.campaigns()).stream()
                .filter(summary -> summary.id().equals(campaign.id())).findFirst().orElseThrow().status();
    }

    private String realization(CampaignSummary campaign, Long ideaId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(RealizationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .variableValueEquals(RealizationProcess.IDEA_ID, ideaId).singleResult().getId();
    }

    private Task draftTaskOf(ProcessInstance reinforcement, TestUser partner) {
        await(() -> engine.taskOf(reinforcement.getId(), ReinforcementProcess.DRAFT_IDEAS, partner.id()) != null);
        return engine.taskOf(reinforcement.getId(), ReinforcementProcess.DRAFT_IDEAS, partner.id());
    }
}
