package com.cocreation5r.it.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignStage;
import com.cocreation5r.campaign.CampaignStatus;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.Likelihood;
import com.cocreation5r.campaign.RiskRegisterService;
import com.cocreation5r.campaign.RiskUpdate;
import com.cocreation5r.campaign.RiskView;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxQuery;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.Engine;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.MissionRuleBroken;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.MissionView;
import com.cocreation5r.mission.SchemeCheck;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsDecision;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
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
 * The campaign process on a real WildFly, from Recruiting into ② R&amp;R, through the services as
 * the different users: the program manager drafts, legal sends the draft back once and then
 * approves, one partner accepts, the other is withdrawn at the deadline, and the published scheme
 * is locked and checkable.
 */
@ExtendWith(ArquillianExtension.class)
class RulesAndResponsibilitiesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(RulesAndResponsibilitiesIT.class);
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
    MissionService missionService;

    @Inject
    RiskRegisterService riskRegisterService;

    @Inject
    InboxService inbox;

    @Inject
    MissionRepository missions;

    @Inject
    NotificationRepository notifications;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    UserTransaction transaction;

    TestUser programManager;
    TestUser legal;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        legal = staff.of(Groups.LEGAL);
    }

    @Test
    void rulesAreAgreedWithTheCohortAndTheSchemeIsPublishedAndLocked() throws Exception {
        // Given a campaign whose recruiting formed a cohort of two partners
        CampaignSummary campaign = campaigns.withCohortSelected("R&R campaign", 2);
        Task firstDraft = engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.DRAFT_MISSION);
        assertThat(engine.instanceOrNull(campaign.businessKey(), RulesAndResponsibilitiesProcess.PROCESS_KEY)).isNotNull();

        // When the program manager drafts and legal sends the draft back once
        EvaluationScheme scheme = new EvaluationScheme("Evaluator group and the cohort",
                "Scores 1-5 per criterion, weighted", true,
                List.of(new Criterion("Creativity", 25), new Criterion("Usefulness", 25),
                        new Criterion("Positive brand impact", 25), new Criterion("Participant vote", 25)));
        draft(firstDraft.getId(), scheme);
        review(engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.REVIEW_TERMS).getId(),
                new TermsReview(false, "Say who owns patents on joint inventions"));

        // Then the program manager sees legal's comments on the new draft task, and redrafts
        Task secondDraft = engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.DRAFT_MISSION);
        assertThat(secondDraft.getId()).isNotEqualTo(firstDraft.getId());
        MissionView sentBack = SignedIn.as(programManager, () -> {
            inbox.claim(secondDraft.getId());
            return missionService.missionOfTask(secondDraft.getId());
        });
        assertThat(sentBack.legalComments()).isEqualTo("Say who owns patents on joint inventions");
        assertThat(sentBack.draft().scheme()).isEqualTo(scheme);
        draft(secondDraft.getId(), scheme);
        review(engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.REVIEW_TERMS).getId(), new TermsReview(true, null));

        // Then each partner of the cohort has an acceptance task of their own
        List<Task> acceptTasks = engine.campaignTasks(campaign.businessKey(), RulesAndResponsibilitiesProcess.ACCEPT_TERMS);
        assertThat(acceptTasks).hasSize(2);
        TestUser accepting = staff.admittedPartner(acceptTasks.get(0).getAssignee());
        TestUser late = staff.admittedPartner(acceptTasks.get(1).getAssignee());
        String acceptingTask = acceptTasks.get(0).getId();
        String lateTask = acceptTasks.get(1).getId();

        // and a partner sees only their own: not the other's task, nor any staff task
        assertThat(SignedIn.as(accepting, () -> inbox.tasks(InboxQuery.of(InboxQuery.View.MINE), 0, 200)))
                .extracting(t -> t.id()).containsExactly(acceptingTask);
        assertThat(SignedIn.as(accepting, () -> inbox.count(InboxQuery.of(InboxQuery.View.GROUPS)))).isZero();
        assertThatThrownBy(() -> SignedIn.as(accepting, () -> missionService.termsOfTask(lateTask)))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(accepting, () -> missionService.decideTerms(lateTask, true)))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(accepting, () -> missionService.missionOfTask(acceptingTask)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(taskService.createTaskQuery().taskId(lateTask).singleResult().getAssignee()).isEqualTo(late.id());

        // When one partner reads the terms and accepts
        MissionView terms = SignedIn.as(accepting, () -> missionService.termsOfTask(acceptingTask));
        assertThat(terms.draft().scheme().criteria()).extracting(Criterion::getWeight).containsExactly(25, 25, 25, 25);
        assertThat(terms.extrinsicDominates()).isFalse();
        SignedIn.as(accepting, () -> missionService.decideTerms(acceptingTask, true));

        // and the other is reminded before the deadline, then withdrawn when it passes
        ProcessInstance rules = engine.instanceOrNull(campaign.businessKey(), RulesAndResponsibilitiesProcess.PROCESS_KEY);
        engine.fireTimer(rules.getId(), RulesAndResponsibilitiesProcess.ACCEPTANCE_REMINDER_DUE);
        assertThat(taskService.createTaskQuery().taskId(lateTask).count()).isEqualTo(1);
        engine.fireTimer(rules.getId(), RulesAndResponsibilitiesProcess.ACCEPTANCE_DEADLINE_PASSED);

        // Then R&R is complete, with the scheme's digest published, and the campaign moves on to ③
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rules.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(campaign.businessKey())
                .processDefinitionKey(ReinforcementProcess.PROCESS_KEY).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(lateTask).count()).isZero();
        SchemeCheck check = SignedIn.as(late, () -> missionService.checkPublishedScheme(campaign.id()));
        assertThat(check.publishedDigest()).isEqualTo(scheme.digest()).matches("[0-9a-f]{64}");
        assertThat(check.matches()).isTrue();
        assertThat(check.canonicalForm()).contains("criterion=Creativity;25");
        assertThat(SignedIn.as(programManager, () -> campaignService.campaigns()))
                .filteredOn(c -> c.id().equals(campaign.id()))
                .extracting(CampaignSummary::status).containsExactly(CampaignStatus.REINFORCING);
        assertThat(missions.acceptances(campaign.id()))
                .extracting(TermsAcceptance::getUserId, TermsAcceptance::getDecision, TermsAcceptance::getSchemeDigest)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple(accepting.id(), TermsDecision.ACCEPTED, scheme.digest()),
                        org.assertj.core.api.Assertions.tuple(late.id(), TermsDecision.WITHDRAWN, null));
        assertThat(notifications.forCampaign(campaign.id())).extracting(Notification::getMessageKey)
                .contains("rr.invitation", "rr.acceptanceReminder", "rr.withdrawn")
                .filteredOn("rr.invitation"::equals).hasSize(2);

        // And the scheme can no longer change: no draft task takes it, and the mission refuses it
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> missionService.draftMission(secondDraft.getId(),
                CampaignFixtures.missionDraft(new EvaluationScheme("Executives", "Ranking", false,
                        List.of(new Criterion("Creativity", 100)))))))
                .isInstanceOfSatisfying(TaskActionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        transaction.begin();
        try {
            assertThatThrownBy(() -> missions.requireOfCampaign(campaign.id()).redraft(CampaignFixtures.missionDraft(
                    new EvaluationScheme("Executives", "Ranking", false, List.of(new Criterion("Creativity", 100)))),
                    programManager.id(), Instant.now()))
                    .isInstanceOfSatisfying(MissionRuleBroken.class,
                            e -> assertThat(e.rule()).isEqualTo(MissionRuleBroken.Rule.SCHEME_LOCKED));
        } finally {
            transaction.rollback();
        }
        assertThat(SignedIn.as(accepting, () -> missionService.checkPublishedScheme(campaign.id())).matches()).isTrue();
    }

    @Test
    void aDraftWhoseWeightsDoNotAddUpIsRefusedAndChangesNothing() throws Exception {
        CampaignSummary campaign = campaigns.withCohortSelected("R&R campaign", 2);
        Task draft = engine.awaitCampaignTask(campaign.businessKey(), RulesAndResponsibilitiesProcess.DRAFT_MISSION);
        SignedIn.as(programManager, () -> inbox.claim(draft.getId()));

        assertThatThrownBy(() -> SignedIn.as(programManager, () -> missionService.draftMission(draft.getId(),
                CampaignFixtures.missionDraft(new EvaluationScheme("Evaluators", "Scores", false,
                        List.of(new Criterion("Creativity", 50), new Criterion("Usefulness", 40)))))))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class)
                .rootCause().hasMessageContaining("100");
        // nor one accepting ideas at a threshold outside 1 to 100 points
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> missionService.draftMission(draft.getId(),
                CampaignFixtures.missionDraft(new EvaluationScheme("Evaluators", "Scores", false,
                        List.of(new Criterion("Creativity", 100)), 0)))))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class)
                .rootCause().hasMessageContaining("acceptanceThreshold");
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
        assertThat(missions.ofCampaign(campaign.id())).isEmpty();
        // legal may read the draft task's mission but not draft it
        assertThatThrownBy(() -> SignedIn.as(legal, () -> missionService.draftMission(draft.getId(),
                CampaignFixtures.missionDraft(new EvaluationScheme("Evaluators", "Scores", false,
                        List.of(new Criterion("Creativity", 100)))))))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void launchingACampaignFillsItsRiskRegisterWithTheFourRisksOfTheSource() throws Exception {
        CampaignSummary campaign = campaigns.open("R&R campaign", 2);

        // the campaign process runs, with Recruiting called under the campaign's key
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY)
                .processInstanceBusinessKey(campaign.businessKey()).count()).isEqualTo(1);
        assertThat(engine.instanceOrNull(campaign.businessKey(), RecruitingProcess.PROCESS_KEY)).isNotNull();

        List<RiskView> register = SignedIn.as(programManager, () -> riskRegisterService.register(campaign.id()));
        assertThat(register).extracting(RiskView::stage).containsExactly(CampaignStage.RECRUITING,
                CampaignStage.RULES_AND_RESPONSIBILITIES, CampaignStage.RULES_AND_RESPONSIBILITIES,
                CampaignStage.REALIZATION);
        assertThat(register).extracting(RiskView::risk).anyMatch(r -> r.contains("effectiveness"))
                .anyMatch(r -> r.contains("not invented here")).anyMatch(r -> r.contains("internal information"))
                .anyMatch(r -> r.contains("Conflict with customers"));
        assertThat(register).allSatisfy(risk -> assertThat(risk.plannedResponse()).isNotBlank());
        // a pilot makes doubts about effectiveness less likely
        assertThat(register.get(0).likelihood()).isEqualTo(Likelihood.LOW);

        RiskView revised = SignedIn.as(programManager, () -> riskRegisterService.revise(register.get(1).id(),
                new RiskUpdate(Likelihood.HIGH, "Watermark every shared document", legal.id())));
        assertThat(revised.likelihood()).isEqualTo(Likelihood.HIGH);
        assertThat(SignedIn.as(programManager, () -> riskRegisterService.register(campaign.id())).get(1).owner())
                .isEqualTo(legal.id());
        assertThatThrownBy(() -> SignedIn.as(legal, () -> riskRegisterService.revise(register.get(1).id(),
                new RiskUpdate(Likelihood.LOW, "Nothing to do", legal.id()))))
                .isInstanceOf(EJBAccessException.class);
    }

    // ------------------------------------------------------------------ steps

    private void draft(String taskId, EvaluationScheme scheme) throws Exception {
        SignedIn.as(programManager, () -> {
            inbox.claim(taskId);
            missionService.draftMission(taskId, CampaignFixtures.missionDraft(scheme));
        });
    }

    private void review(String taskId, TermsReview review) throws Exception {
        SignedIn.as(legal, () -> {
            inbox.claim(taskId);
            MissionView mission = missionService.missionOfTask(taskId);
            assertThat(mission.draft().ipTerms()).contains("patents");
            missionService.reviewTerms(taskId, review);
        });
    }
}
