package com.cocreation5r.it.realization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationDossier;
import com.cocreation5r.evaluation.EvaluationForm;
import com.cocreation5r.evaluation.EvaluationService;
import com.cocreation5r.evaluation.ScoreView;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
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
import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.ArchiveReason;
import com.cocreation5r.realization.ArchivePage;
import com.cocreation5r.realization.ArchiveSearch;
import com.cocreation5r.realization.ArchivedIdeaHistory;
import com.cocreation5r.realization.ArchivedIdeaView;
import com.cocreation5r.realization.BusinessConcept;
import com.cocreation5r.realization.DirectChannelIdea;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.ExecutionService;
import com.cocreation5r.realization.ExplanationForm;
import com.cocreation5r.realization.HandOverForm;
import com.cocreation5r.realization.HandOverView;
import com.cocreation5r.realization.NewRejectionReason;
import com.cocreation5r.realization.PartnerExplanationView;
import com.cocreation5r.realization.PartnerIdeaView;
import com.cocreation5r.realization.RealizationLauncher;
import com.cocreation5r.realization.RealizationRuleBroken;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.realization.ReasonOption;
import com.cocreation5r.realization.RejectionReasonChange;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.realization.RejectionView;
import com.cocreation5r.realization.TriageDecision;
import com.cocreation5r.realization.TriageForm;
import com.cocreation5r.realization.TriageService;
import com.cocreation5r.realization.TriageView;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ④ Realization on a real WildFly, through the services as the different users, for ideas of a
 * campaign whose cohort accepted the published scheme (blind review): a rejection with a conflicted
 * evaluator replaced, explained one to one, acknowledged, archived and reopened; a fast-tracked
 * idea declined by one department, re-routed and implemented; an overdue triage escalated; and
 * the forbidden cases: an evaluator learning the partner's identity, a partner reading another
 * partner's explanation or evaluations in progress, a triage manager scoring.
 *
 * <p>Other tests and the demo data have triage managers and evaluators too, and the rotation may
 * give a task to any of them; the test then hands it to its own user, as a program manager would.
 */
@ExtendWith(ArquillianExtension.class)
class RealizationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(RealizationIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures fixtures;

    @Inject
    Engine engine;

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
    InboxService inbox;

    @Inject
    RealizationLauncher launcher;

    @Inject
    CampaignRepository campaigns;

    @Inject
    MissionRepository missions;

    @Inject
    IdeaRepository ideas;

    @Inject
    NotificationRepository notifications;

    @Inject
    IdentityService identityService;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    private static final EvaluationScheme SCHEME = new EvaluationScheme("Two evaluators and the cohort",
            "Scores 1-5 per criterion, weighted", true,
            List.of(new Criterion("Creativity", 25), new Criterion("Usefulness", 25),
                    new Criterion("Positive brand impact", 25), new Criterion("Participant vote", 25)));
    private static final Map<String, Integer> LOW = Map.of("Creativity", 2, "Usefulness", 1, "Positive brand impact", 2);

    TestUser triageManager;
    TestUser evaluator;
    TestUser secondEvaluator;
    TestUser thirdEvaluator;
    TestUser expert;
    TestUser execution;
    TestUser executive;
    TestUser programManager;
    TestUser partner;
    TestUser otherPartner;

    @BeforeEach
    void createUsers() {
        triageManager = staff.of(Groups.TRIAGE_MANAGER);
        evaluator = staff.of(Groups.EVALUATOR);
        secondEvaluator = staff.another(Groups.EVALUATOR);
        thirdEvaluator = staff.another(Groups.EVALUATOR);
        expert = staff.of(Groups.DOMAIN_EXPERT);
        execution = staff.of(Groups.EXECUTION);
        executive = staff.of(Groups.EXECUTIVE);
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        partner = staff.of(Groups.PARTNER);
        otherPartner = staff.another(Groups.PARTNER);
    }

    @Test
    void aRejectionIsExplainedToItsPartnerAloneAcknowledgedArchivedAndReopened() throws Exception {
        // Given a submitted idea of a campaign with a published blind-review scheme
        Campaign campaign = campaignWithPublishedScheme(true);
        Idea idea = submittedIdea(campaign, partner, "Glow-in-the-dark cap");
        Idea othersIdea = submittedIdea(campaign, otherPartner, "Mint travel mini");
        String instance = start(idea);

        // the rotation gave the triage to a mid-level manager; it stays offered to the group
        Task triage = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.TRIAGE_MANAGER).userId(triage.getAssignee())
                .count()).isEqualTo(1);
        assertThat(taskService.getIdentityLinksForTask(triage.getId())).extracting(IdentityLink::getGroupId)
                .contains(Groups.TRIAGE_MANAGER);
        handTo(triage, triageManager);

        // a triage manager may not score, nor a partner triage
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> evaluationService.score(triage.getId(),
                new EvaluationForm(LOW, null)))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(partner, () -> triageService.triageOfTask(triage.getId())))
                .isInstanceOf(EJBAccessException.class);

        // When the manager gets the triage wrong, nothing changes and the rule is named
        TriageView view = SignedIn.as(triageManager, () -> triageService.triageOfTask(triage.getId()));
        assertThat(view.idea().partnerName()).isEqualTo("Test " + partner.id());
        assertThat(view.otherIdeas()).extracting(TriageView.IdeaOption::ideaId).containsExactly(othersIdea.getId());
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> triageService.triage(triage.getId(),
                new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.PACKAGING, null, null, null))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> triageService.triage(triage.getId(),
                new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.PACKAGING, null, idea.getId(), null))))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.DUPLICATE_NOT_IN_CAMPAIGN));
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_TRIAGE);

        // and then routes it to evaluation
        SignedIn.as(triageManager, () -> triageService.triage(triage.getId(), new TriageForm(TriageDecision.EVALUATE,
                BusinessConcept.PACKAGING, ExecutionDepartment.DESIGN, null, "Looks like last year's cap")));

        // Then two evaluators are asked at once
        List<Task> evaluations = engine.tasks(instance, RealizationProcess.EVALUATE_IDEA);
        assertThat(evaluations).hasSize(2).allSatisfy(task -> assertThat(task.getAssignee()).isNotNull());
        handTo(evaluations.get(0), evaluator);
        handTo(evaluations.get(1), secondEvaluator);

        // under blind review the evaluator never learns who the partner is
        EvaluationDossier dossier = SignedIn.as(evaluator,
                () -> evaluationService.evaluationOfTask(evaluations.get(0).getId()));
        assertThat(dossier.blindReview()).isTrue();
        assertThat(dossier.idea().partnerName()).isNull();
        assertThat(dossier.idea().title()).isEqualTo("Glow-in-the-dark cap");
        assertThat(dossier.toString()).doesNotContain(partner.id());
        assertThat(dossier.criteriaToScore()).extracting(Criterion::getName)
                .containsExactly("Creativity", "Usefulness", "Positive brand impact");
        assertThat(dossier.participantVoteCriterion().getName()).isEqualTo("Participant vote");
        // nor may an evaluator read the triage, which names the partner
        assertThatThrownBy(() -> SignedIn.as(evaluator, () -> triageService.triageOfTask(triage.getId())))
                .isInstanceOf(EJBAccessException.class);

        // an evaluator declares before scoring; one with a conflict is replaced
        assertThatThrownBy(() -> SignedIn.as(evaluator, () -> evaluationService.score(evaluations.get(0).getId(),
                new EvaluationForm(LOW, null))))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.DECLARE_CONFLICT_FIRST));
        SignedIn.as(evaluator, () -> evaluationService.declareConflict(evaluations.get(0).getId(),
                new ConflictDeclaration(true, "I coached the partner's team last year")));
        SignedIn.as(secondEvaluator, () -> {
            evaluationService.declareConflict(evaluations.get(1).getId(), new ConflictDeclaration(false, null));
            evaluationService.score(evaluations.get(1).getId(), new EvaluationForm(LOW, "Similar caps exist"));
        });

        // a partner reads no evaluation, and no score while evaluators are at work
        assertThatThrownBy(() -> SignedIn.as(partner, () -> evaluationService.evaluationsOf(idea.getId())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(partner, () -> evaluationService.scoreOf(idea.getId())))
                .isInstanceOf(EJBAccessException.class);
        assertThat(SignedIn.as(partner, () -> realizationService.myIdeas()))
                .filteredOn(mine -> mine.ideaId().equals(idea.getId()))
                .singleElement().satisfies(mine -> {
                    assertThat(mine.status()).isEqualTo(IdeaStatus.IN_EVALUATION);
                    assertThat(mine.publishedScore()).isNull();
                });
        assertThat(SignedIn.as(otherPartner, () -> realizationService.myIdeas())).extracting(PartnerIdeaView::ideaId)
                .containsExactly(othersIdea.getId());

        // the replacement evaluates in the conflicted evaluator's place
        Task replacement = engine.singleTask(instance, RealizationProcess.EVALUATE_IDEA);
        assertThat(replacement.getAssignee()).isNotIn(evaluator.id(), secondEvaluator.id());
        handTo(replacement, thirdEvaluator);
        SignedIn.as(thirdEvaluator, () -> {
            evaluationService.declareConflict(replacement.getId(), new ConflictDeclaration(false, null));
            evaluationService.score(replacement.getId(), new EvaluationForm(LOW, null));
        });

        // Then the weighted score, stored with the scheme's digest, rejects the idea
        ScoreView score = SignedIn.as(expert, () -> evaluationService.scoreOf(idea.getId())).orElseThrow();
        assertThat(score.schemeDigest()).isEqualTo(SCHEME.digest()).isEqualTo(campaigns.require(campaign.getId())
                .getSchemeDigest());
        assertThat(score.evaluatorCount()).isEqualTo(2);
        // creativity 25, usefulness 0, brand 25; nobody voted, so the vote's weight is left out
        assertThat(score.weightedScore()).isEqualByComparingTo(new BigDecimal("16.67"));
        assertThat(score.accepted()).isFalse();
        assertThat(SignedIn.as(expert, () -> evaluationService.evaluationsOf(idea.getId())))
                .extracting(summary -> summary.evaluatorUserId())
                .containsExactlyInAnyOrder(secondEvaluator.id(), thirdEvaluator.id());

        // When the internal expert explains it, with reasons from the list that apply to this campaign
        Task explain = engine.singleTask(instance, RealizationProcess.EXPLAIN_REJECTION);
        assertThat(taskService.getIdentityLinksForTask(explain.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.DOMAIN_EXPERT);
        ReasonOption priceReason = SignedIn.as(programManager, () -> rejectionService.addReason(new NewRejectionReason(
                "PRICE_" + UUID.randomUUID().toString().substring(0, 8), "Too expensive", "너무 비쌈", "Price")));
        RejectionView rejection = SignedIn.as(expert, () -> {
            inbox.claim(explain.getId());
            return rejectionService.rejectionOfTask(explain.getId());
        });
        assertThat(rejection.reasons()).extracting(ReasonOption::code).contains("NOT_NOVEL", "NOT_FEASIBLE")
                .doesNotContain(priceReason.code());
        Long notNovel = rejection.reasons().stream().filter(reason -> reason.code().equals("NOT_NOVEL")).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> SignedIn.as(expert, () -> rejectionService.explain(explain.getId(),
                new ExplanationForm(LocalDate.now(), List.of(notNovel, priceReason.id()), "Sorry", null))))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.REASON_NOT_APPLICABLE));
        SignedIn.as(expert, () -> rejectionService.explain(explain.getId(), new ExplanationForm(LocalDate.now(),
                List.of(notNovel), "Glowing caps exist already; your locker-room insight is welcome next time.",
                "INTERNAL: pigment adds four cents a unit")));

        // Then only the partner is asked to acknowledge it, and only they may read it
        Task acknowledge = engine.singleTask(instance, RealizationProcess.ACKNOWLEDGE_EXPLANATION);
        assertThat(acknowledge.getAssignee()).isEqualTo(partner.id());
        assertThatThrownBy(() -> SignedIn.as(otherPartner, () -> rejectionService.explanationOfTask(acknowledge.getId())))
                .isInstanceOfSatisfying(TaskActionRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(TaskActionRefused.Reason.NOT_AVAILABLE));
        assertThatThrownBy(() -> SignedIn.as(otherPartner, () -> rejectionService.explanationFor(idea.getId())))
                .isInstanceOf(IdeaNotFound.class);
        assertThatThrownBy(() -> SignedIn.as(otherPartner, () -> rejectionService.acknowledge(acknowledge.getId(), null)))
                .isInstanceOf(TaskActionRefused.class);
        assertThat(SignedIn.as(otherPartner, () -> rejectionService.myExplanations())).isEmpty();
        PartnerExplanationView explanation = SignedIn.as(partner,
                () -> rejectionService.explanationOfTask(acknowledge.getId()));
        assertThat(explanation.reasons()).extracting(ReasonOption::code).containsExactly("NOT_NOVEL");
        assertThat(explanation.notesToPartner()).startsWith("Glowing caps exist already");
        assertThat(explanation.toString()).doesNotContain("INTERNAL");
        assertThat(explanation.score().weightedScore()).isEqualByComparingTo(new BigDecimal("16.67"));

        // When the partner acknowledges it
        SignedIn.as(partner, () -> rejectionService.acknowledge(acknowledge.getId(), "Thanks, understood."));

        // Then the idea is archived, searchable, and the partner sees the published score
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.ARCHIVED);
        List<ArchivedIdeaView> found = SignedIn.as(programManager,
                () -> realizationService.searchArchive(ArchiveSearch.forText("glow-in"), 0, 100).ideas());
        assertThat(found).extracting(ArchivedIdeaView::ideaId).contains(idea.getId());
        assertThat(found).filteredOn(archived -> archived.ideaId().equals(idea.getId()))
                .extracting(ArchivedIdeaView::reason).containsExactly(ArchiveReason.REJECTED);
        assertThat(SignedIn.as(partner, () -> realizationService.myIdeas()))
                .filteredOn(mine -> mine.ideaId().equals(idea.getId())).singleElement()
                .satisfies(mine -> assertThat(mine.publishedScore()).isEqualByComparingTo(new BigDecimal("16.67")));
        assertThat(notifications.forCampaign(campaign.getId())).extracting(Notification::getMessageKey)
                .containsExactly("realization.explanationReady");

        // and found by campaign, reason, partner and the day it was archived, a page at a time
        LocalDate today = LocalDate.now();
        String partnerName = ideas.require(idea.getId()).getPartner().getCandidate().getFullName();
        ArchivePage narrowed = SignedIn.as(programManager, () -> realizationService.searchArchive(new ArchiveSearch(
                campaign.getId(), null, notNovel, partnerName.substring(1, 4), today.minusDays(1), today), 0, 1));
        assertThat(narrowed.total()).isEqualTo(1);
        assertThat(narrowed.ideas()).extracting(ArchivedIdeaView::ideaId).containsExactly(idea.getId());
        assertThat(narrowed.ideas().get(0).partnerName()).isEqualTo(partnerName);
        assertThat(SignedIn.as(programManager, () -> realizationService.searchArchive(new ArchiveSearch(
                campaign.getId(), null, priceReason.id(), null, null, null), 0, 10)).total()).isZero();
        assertThat(SignedIn.as(programManager, () -> realizationService.searchArchive(new ArchiveSearch(
                campaign.getId(), null, null, null, today.plusDays(1), null), 0, 10)).ideas()).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> realizationService.searchArchive(new ArchiveSearch(
                null, null, null, null, today, today.minusDays(1)), 0, 10)))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);

        // and staff open its history: the explanation with the internal notes and the acknowledgment; partners may not
        ArchivedIdeaHistory history = SignedIn.as(triageManager, () -> realizationService.archivedIdea(idea.getId()));
        assertThat(history.archived()).isTrue();
        assertThat(history.rounds()).singleElement().satisfies(round -> {
            assertThat(round.reason()).isEqualTo(ArchiveReason.REJECTED);
            assertThat(round.explanation().reasons()).extracting(ReasonOption::code).containsExactly("NOT_NOVEL");
            assertThat(round.explanation().internalNotes()).startsWith("INTERNAL");
            assertThat(round.explanation().acknowledged()).isTrue();
            assertThat(round.explanation().partnerComment()).isEqualTo("Thanks, understood.");
            assertThat(round.reopened()).isFalse();
        });
        assertThatThrownBy(() -> SignedIn.as(partner, () -> realizationService.archivedIdea(idea.getId())))
                .isInstanceOf(EJBAccessException.class);

        // and the program manager rewords the unused reason, then retires it: still listed, never offered
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> rejectionService.changeReason(priceReason.id(),
                new RejectionReasonChange(" ", "너무 비쌈", "Price"))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignedIn.as(expert, () -> rejectionService.changeReason(priceReason.id(),
                new RejectionReasonChange("Costs too much", "너무 비쌈", "Price"))))
                .isInstanceOf(EJBAccessException.class);
        SignedIn.as(programManager, () -> rejectionService.changeReason(priceReason.id(),
                new RejectionReasonChange("Costs too much", "비용이 너무 큼", null)));
        SignedIn.as(programManager, () -> rejectionService.retireReason(priceReason.id()));
        assertThat(SignedIn.as(expert, () -> rejectionService.reasons()))
                .filteredOn(reason -> reason.id().equals(priceReason.id())).singleElement()
                .satisfies(reason -> {
                    assertThat(reason.labelEn()).isEqualTo("Costs too much");
                    assertThat(reason.criterion()).isNull();
                    assertThat(reason.active()).isFalse();
                });

        // And it can be reopened into a new Realization, by an internal expert but not by the partner
        assertThatThrownBy(() -> SignedIn.as(partner, () -> realizationService.reopen(idea.getId(), "Try again")))
                .isInstanceOf(EJBAccessException.class);
        String reopened = SignedIn.as(expert, () -> realizationService.reopen(idea.getId(),
                "The pigment got cheaper; worth a second look"));
        assertThat(reopened).isNotEqualTo(instance);
        assertThat(runtimeService.getVariables(reopened)).containsEntry(RealizationProcess.IDEA_ID, idea.getId())
                .containsEntry(RealizationProcess.CAMPAIGN_ID, campaign.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(reopened).singleResult()
                .getBusinessKey()).isEqualTo(campaign.getBusinessKey());
        Idea again = ideas.require(idea.getId());
        assertThat(again.getStatus()).isEqualTo(IdeaStatus.IN_TRIAGE);
        assertThat(again.getRealizationRound()).isEqualTo(2);
        assertThat(engine.singleTask(reopened, RealizationProcess.TRIAGE_IDEA)).isNotNull();
        ArchivedIdeaHistory afterReopening = SignedIn.as(programManager,
                () -> realizationService.archivedIdea(idea.getId()));
        assertThat(afterReopening.archived()).isFalse();
        assertThat(afterReopening.rounds()).singleElement()
                .satisfies(round -> assertThat(round.reopenedBy()).isEqualTo(expert.id()));
        assertThatThrownBy(() -> SignedIn.as(expert, () -> realizationService.reopen(idea.getId(), "Twice")))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.NOT_ARCHIVED));
    }

    @Test
    void aFastTrackedIdeaDeclinedByOneDepartmentIsReroutedAndImplemented() throws Exception {
        Campaign campaign = campaignWithPublishedScheme(false);
        Idea idea = submittedIdea(campaign, partner, "Unscented line for sensitive skin");
        String instance = start(idea);
        Task triage = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);

        // the executives see every idea as submitted; nobody else reads the direct channel
        List<DirectChannelIdea> channel = SignedIn.as(executive, () -> realizationService.directChannel());
        assertThat(channel).filteredOn(entry -> entry.ideaId().equals(idea.getId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.description()).isEqualTo(idea.getContent().description());
                    assertThat(entry.fastTrackable()).isTrue();
                });
        assertThatThrownBy(() -> SignedIn.as(partner, () -> realizationService.directChannel()))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> realizationService.fastTrack(idea.getId(), "Go")))
                .isInstanceOf(EJBAccessException.class);

        // When an executive fast-tracks it out of triage
        SignedIn.as(executive, () -> realizationService.fastTrack(idea.getId(), "Our fastest-growing complaint"));

        // Then the triage is withdrawn and the execution department is asked to take it on
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isZero();
        Task handOver = engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA);
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.ACCEPTED);
        assertThatThrownBy(() -> SignedIn.as(executive, () -> realizationService.fastTrack(idea.getId(), "Again")))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.NOT_FAST_TRACKABLE));
        HandOverView offered = SignedIn.as(execution, () -> {
            inbox.claim(handOver.getId());
            return executionService.handOverOfTask(handOver.getId());
        });
        assertThat(offered.fastTrackReason()).isEqualTo("Our fastest-growing complaint");
        assertThat(offered.routedTo()).isNull();

        // a decline needs a reason; with one, the idea goes back to triage
        assertThatThrownBy(() -> SignedIn.as(execution, () -> executionService.decideHandOver(handOver.getId(),
                new HandOverForm(ExecutionDepartment.PRODUCT_DEVELOPMENT, false, " "))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        SignedIn.as(execution, () -> executionService.decideHandOver(handOver.getId(),
                new HandOverForm(ExecutionDepartment.PRODUCT_DEVELOPMENT, false, "No lab capacity before spring")));
        Task retriage = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);
        handTo(retriage, triageManager);
        TriageView returned = SignedIn.as(triageManager, () -> triageService.triageOfTask(retriage.getId()));
        assertThat(returned.returnedFromExecution()).isTrue();
        assertThat(returned.declineReason()).isEqualTo("No lab capacity before spring");

        // it is re-routed, not evaluated again
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> triageService.triage(retriage.getId(),
                new TriageForm(TriageDecision.EVALUATE, BusinessConcept.PRODUCT, ExecutionDepartment.OPERATIONS, null,
                        null))))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.ALREADY_EVALUATED));
        SignedIn.as(triageManager, () -> triageService.triage(retriage.getId(), new TriageForm(TriageDecision.HAND_OVER,
                BusinessConcept.PRODUCT, ExecutionDepartment.OPERATIONS, null, null)));

        // When the next department takes it on and implements it
        Task secondHandOver = engine.singleTask(instance, RealizationProcess.HAND_OVER_IDEA);
        HandOverView second = SignedIn.as(execution, () -> {
            inbox.claim(secondHandOver.getId());
            return executionService.handOverOfTask(secondHandOver.getId());
        });
        assertThat(second.routedTo()).isEqualTo(ExecutionDepartment.OPERATIONS);
        assertThat(second.earlierDeclines()).extracting(HandOverView.Decline::reason)
                .containsExactly("No lab capacity before spring");
        SignedIn.as(execution, () -> executionService.decideHandOver(secondHandOver.getId(),
                new HandOverForm(ExecutionDepartment.OPERATIONS, true, null)));
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_EXECUTION);
        Task tracking = engine.singleTask(instance, RealizationProcess.TRACK_IMPLEMENTATION);
        SignedIn.as(execution, () -> {
            inbox.claim(tracking.getId());
            executionService.recordProgress(tracking.getId(), "Supplier for the zinc base found");
            executionService.completeImplementation(tracking.getId(), "On shelves in the spring range");
        });

        // Then the idea is implemented, and its partner was invited to the award ceremony once
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IMPLEMENTED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(notifications.forCampaign(campaign.getId())).extracting(Notification::getMessageKey)
                .containsExactly("realization.awardInvitation");
        // what the stage hands back: accepted, without a score
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(RealizationProcess.OUTCOME).singleResult().getValue())
                .isEqualTo(RealizationProcess.ACCEPTED);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(RealizationProcess.WEIGHTED_SCORE).count()).isZero();
    }

    @Test
    void anOverdueTriageGoesToTheProgramManagersAndNobodyScoresWithoutAPublishedScheme() throws Exception {
        Campaign campaign = campaignWithPublishedScheme(true);
        Idea original = submittedIdea(campaign, partner, "Click-in refill pouch");
        Idea idea = submittedIdea(campaign, otherPartner, "Refill pouch that clicks in");
        String instance = start(idea);
        Task triage = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);

        // When the triage deadline passes
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .activityId(RealizationProcess.TRIAGE_DEADLINE_PASSED).singleResult().getId());

        // Then the same task is the program managers' now, urgent and unassigned
        Task escalated = engine.singleTask(instance, RealizationProcess.TRIAGE_IDEA);
        assertThat(escalated.getId()).isEqualTo(triage.getId());
        assertThat(escalated.getAssignee()).isNull();
        assertThat(escalated.getPriority()).isEqualTo(RealizationProcess.ESCALATED_PRIORITY);
        assertThat(taskService.getIdentityLinksForTask(escalated.getId())).extracting(IdentityLink::getGroupId)
                .contains(Groups.PROGRAM_MANAGER, Groups.TRIAGE_MANAGER);
        TriageView view = SignedIn.as(programManager, () -> {
            inbox.claim(escalated.getId());
            return triageService.triageOfTask(escalated.getId());
        });
        assertThat(view.escalated()).isTrue();

        // and a program manager marks it a duplicate: it goes to the archive
        SignedIn.as(programManager, () -> triageService.triage(escalated.getId(), new TriageForm(
                TriageDecision.DUPLICATE, BusinessConcept.PACKAGING, null, original.getId(), null)));
        assertThat(ideas.require(idea.getId()).getStatus()).isEqualTo(IdeaStatus.ARCHIVED);
        assertThat(SignedIn.as(triageManager,
                () -> realizationService.searchArchive(ArchiveSearch.forText("clicks in"), 0, 100).ideas()))
                .filteredOn(archived -> archived.ideaId().equals(idea.getId()))
                .extracting(ArchivedIdeaView::reason).containsExactly(ArchiveReason.DUPLICATE);

        // And in a campaign whose scheme is not published, no idea goes to the evaluators
        Campaign unpublished = campaignWithoutPublishedScheme();
        Idea early = submittedIdea(unpublished, partner, "Too early");
        String earlyInstance = start(early);
        Task earlyTriage = engine.singleTask(earlyInstance, RealizationProcess.TRIAGE_IDEA);
        handTo(earlyTriage, triageManager);
        assertThatThrownBy(() -> SignedIn.as(triageManager, () -> triageService.triage(earlyTriage.getId(),
                new TriageForm(TriageDecision.EVALUATE, BusinessConcept.PRODUCT, ExecutionDepartment.DESIGN, null,
                        null))))
                .isInstanceOfSatisfying(RealizationRuleBroken.class, e -> assertThat(e.rule())
                        .isEqualTo(RealizationRuleBroken.Rule.SCHEME_NOT_PUBLISHED));
        assertThat(ideas.require(early.getId()).getStatus()).isEqualTo(IdeaStatus.IN_TRIAGE);
    }

    // ------------------------------------------------------------------ steps

    /** A campaign whose cohort (the two test partners) accepted the published scheme. */
    private Campaign campaignWithPublishedScheme(boolean blindReview) throws Exception {
        EvaluationScheme scheme = new EvaluationScheme(SCHEME.evaluators(), SCHEME.method(), blindReview,
                SCHEME.criteria());
        return fixtures.inTransaction(() -> {
            Campaign campaign = newCampaign();
            Mission mission = new Mission(campaign.getId(), CampaignFixtures.missionUnderway(scheme), programManager.id(), Instant.now());
            missions.add(mission);
            campaign.schemePublished(mission.publishScheme(Instant.now()), Instant.now());
            for (TestUser member : List.of(partner, otherPartner)) {
                fixtures.acceptedTerms(campaign.getId(), fixtures.partnerOf(member, campaign.getId()),
                        campaign.getSchemeDigest());
            }
            return campaign;
        });
    }

    private Campaign campaignWithoutPublishedScheme() throws Exception {
        return fixtures.inTransaction(() -> {
            Campaign campaign = newCampaign();
            missions.add(new Mission(campaign.getId(), CampaignFixtures.missionUnderway(SCHEME), programManager.id(), Instant.now()));
            return campaign;
        });
    }

    private Campaign newCampaign() {
        Instant now = Instant.now();
        Campaign campaign = new Campaign("realization-it-" + UUID.randomUUID(), "Realization IT " + UUID.randomUUID(),
                "Integration test", true, 2, now.minus(Duration.ofDays(30)), programManager.id(), now);
        campaigns.add(campaign);
        return campaign;
    }

    private Idea submittedIdea(Campaign campaign, TestUser author, String title) throws Exception {
        return fixtures.inTransaction(() -> {
            Idea idea = new Idea(campaign.getId(), fixtures.partnerOf(author, campaign.getId()), null,
                    new IdeaContent(title, "Summary of " + title, "How " + title + " works"), Instant.now());
            ideas.add(idea);
            idea.submit(Instant.now());
            return idea;
        });
    }

    private String start(Idea idea) throws Exception {
        return fixtures.inTransaction(() -> launcher.start(ideas.require(idea.getId())).getId());
    }

    /** Gives the task to the test's own user, as a program manager would reassign it. */
    private void handTo(Task task, TestUser user) {
        taskService.setAssignee(task.getId(), user.id());
    }


}
