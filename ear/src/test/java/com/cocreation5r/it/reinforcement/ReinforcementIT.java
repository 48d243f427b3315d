package com.cocreation5r.it.reinforcement;

import static com.cocreation5r.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
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
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.process.IdeaFeasibilityDecision;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.SupportRequestProcess;
import com.cocreation5r.reinforcement.FeasibilityCheck;
import com.cocreation5r.reinforcement.FeasibilityFacts;
import com.cocreation5r.reinforcement.FeasibilityWarning;
import com.cocreation5r.reinforcement.IdeaDetail;
import com.cocreation5r.reinforcement.IdeaDraft;
import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.IdeaSummary;
import com.cocreation5r.reinforcement.ReinforcementPhase;
import com.cocreation5r.reinforcement.ReinforcementRepository;
import com.cocreation5r.reinforcement.ReinforcementRuleBroken;
import com.cocreation5r.reinforcement.SubmittedIdeas;
import com.cocreation5r.reinforcement.SupportRequestStatus;
import com.cocreation5r.reinforcement.SupportRequestView;
import com.cocreation5r.reinforcement.SupportService;
import com.cocreation5r.reinforcement.ToolkitPlan;
import com.cocreation5r.reinforcement.ToolkitService;
import com.cocreation5r.reinforcement.ToolkitTaskView;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
 * Stage ③ Reinforcement on a real WildFly, through the services as the different users: the
 * community manager prepares the toolkit, two partners draft and submit ideas past the
 * feasibility rules, the cohort refines them, the community manager showcases and answers
 * support, and the ideas are handed over as SUBMITTED. Refused along the way: a partner of
 * another campaign reading or revising an idea, a partner working someone else's task (in the
 * services and in the engine), staff without the role.
 */
@ExtendWith(ArquillianExtension.class)
class ReinforcementIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(ReinforcementIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures campaigns;

    @Inject
    Engine engine;

    @Inject
    ToolkitService toolkit;

    @Inject
    IdeaService ideaService;

    @Inject
    SupportService support;

    @Inject
    InboxService inbox;

    @Inject
    SubmittedIdeas submittedIdeas;

    @Inject
    IdeaRepository ideas;

    @Inject
    ReinforcementRepository reinforcement;

    @Inject
    MissionRepository missions;

    @Inject
    IdentityService identityService;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    TestUser programManager;
    TestUser communityManager;
    TestUser recruiter;
    TestUser paul;
    TestUser nari;
    TestUser outsider;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        communityManager = staff.of(Groups.COMMUNITY_MANAGER);
        recruiter = staff.of(Groups.RECRUITER);
        paul = staff.of(Groups.PARTNER);
        nari = staff.another(Groups.PARTNER);
        outsider = staff.another(Groups.PARTNER);
    }

    @Test
    void theCohortDraftsRefinesAndHandsOverItsIdeas() throws Exception {
        // Given a campaign whose cohort is paul and nari, and another campaign with its own partner
        CampaignSummary campaign = campaignWithCohort(paul, nari);
        CampaignSummary other = campaignWithCohort(outsider);
        ProcessInstance stage = startStage(campaign);
        startStage(other);

        // When the community manager prepares the toolkit (a past deadline is refused first)
        Task prepare = engine.awaitTask(stage.getId(), ReinforcementProcess.PREPARE_TOOLKIT);
        ToolkitTaskView toolkitView = SignedIn.as(communityManager, () -> {
            inbox.claim(prepare.getId());
            return toolkit.toolkitOfTask(prepare.getId());
        });
        assertThat(toolkitView.subMissions()).containsExactly("Flavour", "Packaging");
        assertThat(toolkitView.cohortSize()).isEqualTo(2);
        assertThatThrownBy(() -> SignedIn.as(communityManager, () -> toolkit.prepareToolkit(prepare.getId(),
                new ToolkitPlan("Guide", Instant.now().minusSeconds(60), Instant.now().plusSeconds(60)))))
                .isInstanceOfSatisfying(ReinforcementRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(ReinforcementRuleBroken.Rule.DRAFTING_DEADLINE_PASSED));
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> toolkit.prepareToolkit(prepare.getId(), plan())))
                .isInstanceOf(EJBAccessException.class);
        SignedIn.as(communityManager, () -> toolkit.prepareToolkit(prepare.getId(), plan()));

        // Then each partner drafts in their own task, and sees no one else's
        Task paulsTask = engine.taskOf(stage.getId(), ReinforcementProcess.DRAFT_IDEAS, paul.id());
        Task narisTask = engine.taskOf(stage.getId(), ReinforcementProcess.DRAFT_IDEAS, nari.id());
        assertThat(SignedIn.as(paul, () -> inbox.tasks(InboxQuery.of(InboxQuery.View.MINE), 0, 200)))
                .extracting(InboxTask::id).containsExactly(paulsTask.getId());
        assertThat(SignedIn.as(paul, () -> ideaService.draftingOfTask(paulsTask.getId())).toolkitGuide())
                .contains("Start from a real moment");
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.draftingOfTask(narisTask.getId())))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.finishDrafting(narisTask.getId())))
                .isInstanceOf(TaskActionRefused.class);
        assertThatThrownBy(() -> SignedIn.as(paul, () -> completeInEngine(narisTask)))
                .isInstanceOf(AuthorizationException.class);

        // When paul drafts an idea that breaks two feasibility rules
        IdeaDraft risky = draft("Triclosan-free fresh spray", null, "aloe, triclosan");
        List<FeasibilityWarning> warnings = SignedIn.as(paul, () -> ideaService.checkFeasibility(paulsTask.getId(), risky));
        assertThat(warnings).extracting(FeasibilityWarning::getCode).containsExactlyInAnyOrder(
                IdeaFeasibilityDecision.RESTRICTED_INGREDIENT, IdeaFeasibilityDecision.NO_SUB_MISSION);

        // Then he cannot submit it without confirming them, nor with a negative cost, and nothing is kept
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.submitToCohort(paulsTask.getId(), null, risky, false)))
                .isInstanceOfSatisfying(ReinforcementRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(ReinforcementRuleBroken.Rule.WARNINGS_NOT_CONFIRMED));
        IdeaDraft negative = new IdeaDraft(risky.content(), "Flavour", new FeasibilityFacts(-5L, 6, false, false, null));
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.saveDraft(paulsTask.getId(), null, negative)))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThat(ideas.writtenBy(paul.id())).isEmpty();

        // When he confirms the warnings, and nari submits one idea and keeps another private
        Long paulsIdea = SignedIn.as(paul, () -> ideaService.submitToCohort(paulsTask.getId(), null, risky, true));
        Long narisIdea = SignedIn.as(nari, () -> ideaService.submitToCohort(narisTask.getId(), null,
                draft("Chamomile sparkle", "Flavour", "chamomile, yuzu"), false));
        Long narisPrivateDraft = SignedIn.as(nari, () -> ideaService.saveDraft(narisTask.getId(), null,
                draft("Half-formed thought", "Packaging", null)));

        // Then the warnings are stored with paul's idea, as confirmed
        FeasibilityCheck paulsCheck = reinforcement.latestCheck(paulsIdea).orElseThrow();
        assertThat(paulsCheck.isWarningsConfirmed()).isTrue();
        assertThat(paulsCheck.getWarnings()).extracting(FeasibilityWarning::getCode)
                .contains(IdeaFeasibilityDecision.RESTRICTED_INGREDIENT);
        assertThat(reinforcement.latestCheck(narisIdea).orElseThrow().getWarnings()).isEmpty();

        // and while drafting, nobody else sees the ideas: not the cohort, not another campaign's partner
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.idea(narisIdea))).isInstanceOf(IdeaNotFound.class);
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> ideaService.idea(paulsIdea))).isInstanceOf(IdeaNotFound.class);
        assertThat(SignedIn.as(communityManager, () -> ideaService.idea(narisPrivateDraft)).summary().title())
                .isEqualTo("Half-formed thought");

        // When paul asks for support, the community manager answers in the request's task
        Long paulsRequest = SignedIn.as(paul,
                () -> support.raise(campaign.id(), paulsIdea, "Which scents may we use instead?"));
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> support.raise(campaign.id(), null, "Let me in")))
                .isInstanceOfSatisfying(ReinforcementRuleBroken.class,
                        e -> assertThat(e.rule()).isEqualTo(ReinforcementRuleBroken.Rule.NOT_IN_COHORT));
        Task answer = answerTaskOf(paulsRequest);
        SignedIn.as(communityManager, () -> {
            inbox.claim(answer.getId());
            assertThat(support.requestOfTask(answer.getId()).question()).contains("scents");
            support.answer(answer.getId(), "Any from the lab's list in the guide.");
        });
        assertThat(SignedIn.as(paul, () -> support.mySupportRequests()))
                .extracting(SupportRequestView::status, SupportRequestView::answer)
                .containsExactly(tuple(SupportRequestStatus.ANSWERED, "Any from the lab's list in the guide."));

        // When paul finishes and the drafting deadline ends nari's task
        SignedIn.as(paul, () -> ideaService.finishDrafting(paulsTask.getId()));
        engine.fireTimer(stage.getId(), ReinforcementProcess.DRAFTING_DEADLINE_PASSED);
        await(() -> reinforcement.stage(campaign.id()).orElseThrow().getPhase() == ReinforcementPhase.REFINEMENT);

        // Then the cohort sees the submitted ideas, not the private draft, and no other campaign's
        assertThat(SignedIn.as(paul, () -> ideaService.ideasInRefinement())).extracting(IdeaSummary::id)
                .containsExactlyInAnyOrder(paulsIdea, narisIdea);
        assertThat(SignedIn.as(outsider, () -> ideaService.ideasInRefinement())).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.idea(narisPrivateDraft)))
                .isInstanceOf(IdeaNotFound.class);

        // When paul comments on, revises and votes on nari's idea
        IdeaContent improved = new IdeaContent("Chamomile and yuzu sparkle", "Calm, sparkling, caffeine-free",
                "Chamomile with yuzu peel, lightly sparkling, in a recyclable can.");
        SignedIn.as(paul, () -> {
            ideaService.comment(narisIdea, "Yuzu would make it less sleepy-tasting.");
            ideaService.revise(narisIdea, improved, "Added yuzu as suggested in my comment");
            ideaService.vote(narisIdea, 4);
        });

        // Then the revision is kept with who and why, the comment and vote are there
        IdeaDetail refined = SignedIn.as(nari, () -> ideaService.idea(narisIdea));
        assertThat(refined.revisions()).extracting(IdeaDetail.RevisionView::number, IdeaDetail.RevisionView::revisedBy,
                IdeaDetail.RevisionView::note).containsExactly(tuple(1, nari.id(), null),
                tuple(2, paul.id(), "Added yuzu as suggested in my comment"));
        assertThat(refined.revisions().get(0).content().title()).isEqualTo("Chamomile sparkle");
        assertThat(refined.content()).isEqualTo(improved);
        assertThat(refined.comments()).extracting(IdeaDetail.CommentView::authorUserId).containsExactly(paul.id());
        assertThat(refined.voteCount()).isEqualTo(1);
        assertThat(refined.myVote()).isNull();
        assertThat(ideas.participantVoteScore(narisIdea)).hasValue(75.0);

        // and what is refused: voting on one's own idea, another campaign's partner revising
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.vote(paulsIdea, 5)))
                .isInstanceOfSatisfying(ReinforcementRuleBroken.class,
                        e -> assertThat(e.rule()).isEqualTo(ReinforcementRuleBroken.Rule.OWN_IDEA));
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> ideaService.revise(narisIdea, improved, "mine now")))
                .isInstanceOf(IdeaNotFound.class);
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> ideaService.comment(narisIdea, "hello")))
                .isInstanceOf(IdeaNotFound.class);
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> ideaService.idea(narisIdea)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(paul, () -> ideaService.showcase(narisIdea, "Great")))
                .isInstanceOf(EJBAccessException.class);

        // When the community manager showcases nari's idea and the window closes
        SignedIn.as(communityManager, () -> ideaService.showcase(narisIdea, "Clear moment of use and a twist"));
        assertThat(SignedIn.as(paul, () -> ideaService.showcase())).extracting(IdeaSummary::id).containsExactly(narisIdea);
        assertThat(SignedIn.as(outsider, () -> ideaService.showcase())).isEmpty();
        engine.fireTimer(stage.getId(), ReinforcementProcess.REFINEMENT_WINDOW_CLOSED);

        // Then the submitted ideas are handed over, checked once more, and the stage is complete
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(stage.getId()).count()).isZero();
        assertThat(submittedIdeas.ofCampaign(campaign.id())).containsExactlyInAnyOrder(paulsIdea, narisIdea);
        assertThat(ideas.require(narisPrivateDraft).getStatus()).isEqualTo(IdeaStatus.DRAFT);
        assertThat(reinforcement.latestCheck(paulsIdea).orElseThrow().getCheckedBy()).isEqualTo("system");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(ReinforcementProcess.SUBMITTED_IDEA_COUNT).singleResult().getValue()).isEqualTo(2);

        // and the cohort sees only the showcase now: evaluations are not theirs to see
        assertThat(SignedIn.as(paul, () -> ideaService.idea(narisIdea)).summary().showcased()).isTrue();
        assertThatThrownBy(() -> SignedIn.as(nari, () -> ideaService.idea(paulsIdea))).isInstanceOf(IdeaNotFound.class);
    }

    @Test
    void anUnansweredSupportRequestIsEscalatedAndOutlivesTheStage() throws Exception {
        CampaignSummary campaign = campaignWithCohort(paul);
        ProcessInstance stage = startStage(campaign);
        Task prepare = engine.awaitTask(stage.getId(), ReinforcementProcess.PREPARE_TOOLKIT);
        SignedIn.as(communityManager, () -> {
            inbox.claim(prepare.getId());
            toolkit.prepareToolkit(prepare.getId(), plan());
        });
        Long request = SignedIn.as(paul, () -> support.raise(campaign.id(), null, "Can I work with a friend?"));
        Task answer = answerTaskOf(request);
        assertThat(SignedIn.as(programManager, () -> inbox.tasks(InboxQuery.of(InboxQuery.View.GROUPS), 0, 200)))
                .extracting(InboxTask::id).doesNotContain(answer.getId());

        // When the response deadline passes
        engine.fireTimer(answer.getProcessInstanceId(), SupportRequestProcess.SUPPORT_RESPONSE_OVERDUE);

        // Then the request is escalated and program managers are offered it
        assertThat(reinforcement.supportRequest(request).orElseThrow().getStatus())
                .isEqualTo(SupportRequestStatus.ESCALATED);
        assertThat(SignedIn.as(programManager, () -> inbox.tasks(InboxQuery.of(InboxQuery.View.GROUPS), 0, 200)))
                .extracting(InboxTask::id).contains(answer.getId());

        // When the stage ends with the request still open (drafting closes, nothing was submitted)
        engine.fireTimer(stage.getId(), ReinforcementProcess.DRAFTING_DEADLINE_PASSED);

        // Then the stage is over without waiting (the job executor closes drafting), and the request
        // is still answered after it
        await(() -> runtimeService.createProcessInstanceQuery().processInstanceId(stage.getId()).count() == 0);
        assertThat(taskService.createTaskQuery().taskId(answer.getId()).count()).isOne();
        SignedIn.as(programManager, () -> {
            inbox.claim(answer.getId());
            support.answer(answer.getId(), "Yes, name them in the description.");
        });
        assertThat(reinforcement.supportRequest(request).orElseThrow().getAnsweredBy()).isEqualTo(programManager.id());
        assertThat(taskService.createTaskQuery().taskId(answer.getId()).count()).isZero();
    }

    // ------------------------------------------------------------------ steps

    /** A campaign whose R&amp;R is done: a mission with two sub-missions, each partner having accepted. */
    private CampaignSummary campaignWithCohort(TestUser... cohort) throws Exception {
        CampaignSummary campaign = campaigns.open("Reinforcement campaign", 2);
        campaigns.inTransaction(() -> {
            Instant now = Instant.now();
            Mission mission = new Mission(campaign.id(), missionDraft(), programManager.id(), now);
            mission.termsReviewed(new TermsReview(true, null), "legal", now);
            String digest = mission.publishScheme(now);
            missions.add(mission);
            for (TestUser member : cohort) {
                campaigns.acceptedTerms(campaign.id(), campaigns.partnerOf(member, campaign.id()), digest);
            }
            return null;
        });
        return campaign;
    }

    private ProcessInstance startStage(CampaignSummary campaign) {
        return runtimeService.startProcessInstanceByKey(ReinforcementProcess.PROCESS_KEY, campaign.businessKey(),
                Map.of(ReinforcementProcess.CAMPAIGN_ID, campaign.id()));
    }

    /** The engine itself refuses a partner completing another partner's task. */
    private Void completeInEngine(Task task) {
        identityService.setAuthentication(paul.id(), List.of(Groups.PARTNER));
        try {
            taskService.complete(task.getId());
            return null;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static ToolkitPlan plan() {
        return new ToolkitPlan("1. Start from a real moment of use.\n2. Name the ingredients.",
                Instant.now().plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(14)));
    }

    private static IdeaDraft draft(String title, String subMission, String ingredients) {
        return new IdeaDraft(new IdeaContent(title, "A drink for late evenings", "How it tastes and why it helps."),
                subMission, new FeasibilityFacts(40_000_000L, 8, false, false, ingredients));
    }

    private static MissionDraft missionDraft() {
        return new MissionDraft(LocalDate.now(), LocalDate.now().plusDays(60), "Co-create an evening drink",
                "Flavours and packaging", List.of("Flavour", "Packaging"),
                "Results and patents belong to the company; partners are credited.",
                "Partners keep unreleased information confidential for two years.",
                Instant.now().plus(Duration.ofDays(1)),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.INTRINSIC, "Name on the can", 100))),
                new EvaluationScheme("Evaluators", "Scores", false, List.of(new Criterion("Creativity", 100))));
    }

    /** A support request runs in its own process instance, apart from the stage. */
    private Task answerTaskOf(Long supportRequestId) {
        await(() -> taskService.createTaskQuery().processDefinitionKey(SupportRequestProcess.PROCESS_KEY)
                .processVariableValueEquals(SupportRequestProcess.SUPPORT_REQUEST_ID, supportRequestId).count() == 1);
        return taskService.createTaskQuery().processDefinitionKey(SupportRequestProcess.PROCESS_KEY)
                .processVariableValueEquals(SupportRequestProcess.SUPPORT_REQUEST_ID, supportRequestId)
                .taskDefinitionKey(SupportRequestProcess.ANSWER_SUPPORT_REQUEST).singleResult();
    }
}
