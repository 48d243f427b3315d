package com.cocreation5r.demo;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.campaign.RiskRegister;
import com.cocreation5r.campaign.RiskRegisterEntry;
import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationActions;
import com.cocreation5r.evaluation.EvaluationForm;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaVote;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.BusinessConcept;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.ExplanationForm;
import com.cocreation5r.realization.RealizationActions;
import com.cocreation5r.realization.RealizationRepository;
import com.cocreation5r.realization.RejectionReason;
import com.cocreation5r.realization.TriageDecision;
import com.cocreation5r.realization.TriageForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A demo campaign in ④ Realization, "Refillable deodorant pack", whose rules were agreed with the
 * demo partners {@code paul} and {@code nari}: five submitted ideas taken through the real
 * Realization steps as the demo users, so that {@code tom} has a triage, {@code eva} and
 * {@code erin} an evaluation, {@code xena} a rejection to explain, {@code paul} an explanation
 * to acknowledge, {@code dora} an accepted idea to take on, and {@code ed} ideas to fast-track.
 */
@ApplicationScoped
public class RealizationDemo {

    static final String BUSINESS_KEY = "refillable-deodorant-pack-demo";

    private static final String TRIAGE_MANAGER = "tom";
    private static final String EXPERT = "xena";
    private static final String EXECUTIVE = "ed";

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RiskRegister riskRegister;

    @Inject
    private MissionRepository missions;

    @Inject
    private PartnerPool partnerPool;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private DemoCampaignProcess campaignProcess;

    @Inject
    private RealizationActions realizationActions;

    @Inject
    private EvaluationActions evaluationActions;

    @Inject
    private RealizationRepository realization;

    @Inject
    private TaskService taskService;

    @Inject
    private Clock clock;

    void seed() {
        Instant now = clock.instant();
        Campaign campaign = campaignWithPublishedScheme(now);
        Partner paul = partnerPool.byUserId("paul").orElseThrow();
        Partner nari = partnerPool.byUserId("nari").orElseThrow();
        String digest = campaign.getSchemeDigest();
        for (Partner partner : List.of(paul, nari)) {
            TermsAcceptance acceptance = new TermsAcceptance(campaign.getId(), partner, now.minus(Duration.ofDays(45)));
            missions.add(acceptance);
            acceptance.decide(true, digest, now.minus(Duration.ofDays(44)));
        }

        Idea refill = submitted(campaign, paul, "Click-in refill pouch",
                "A soft pouch of deodorant that clicks into the old stick, so the case is kept for years.",
                "The case has a bayonet ring; refills come in a paper pouch with a plastic-free seal.", now);
        Idea afterGym = submitted(campaign, nari, "Scent that wakes up after the gym",
                "Micro-capsules that release a second, fresher scent when you sweat.",
                "Base scent stays mild; the capsules burst with body heat and moisture after training.", now);
        Idea glowCap = submitted(campaign, paul, "Glow-in-the-dark cap",
                "A cap that glows, so you find the deodorant in a dark locker room.",
                "Phosphorescent pigment in the cap; charges under the bathroom light.", now);
        Idea travelMini = submitted(campaign, nari, "Mint travel mini",
                "A 15 ml mint-scented mini for hand luggage.",
                "Same formula as the main line, in a mini refill that fits the click-in case.", now);
        Idea sensitive = submitted(campaign, nari, "Unscented line for sensitive skin",
                "An unscented, alcohol-free refill for men who cannot wear perfume.",
                "Zinc ricinoleate base, no alcohol, no fragrance; same refill pouch.", now);
        vote(refill, nari, 5, now);
        vote(afterGym, paul, 4, now);
        vote(glowCap, nari, 2, now);
        vote(travelMini, paul, 1, now);
        vote(sensitive, paul, 5, now);

        ArchivedIdeas archived = archivedIdeas(campaign, paul, nari, now);

        // ③ hands every submitted idea over: one Realization each, as the campaign's call activity
        Map<Long, ProcessInstance> realizations = campaignProcess.startRealization(campaign);
        // tom triages: the refill idea waits in his inbox
        // eva and erin have the after-gym scent to evaluate
        triage(realizations.get(afterGym.getId()), afterGym, BusinessConcept.PRODUCT,
                ExecutionDepartment.PRODUCT_DEVELOPMENT);
        // the glow cap was rejected and explained: paul acknowledges the explanation
        ProcessInstance glowCapRealization = realizations.get(glowCap.getId());
        triage(glowCapRealization, glowCap, BusinessConcept.PACKAGING, ExecutionDepartment.DESIGN);
        evaluateLow(glowCapRealization, glowCap);
        explain(glowCapRealization, glowCap, List.of("NOT_NOVEL", "LOW_PARTICIPANT_SUPPORT"));
        // the travel mini was rejected: xena explains it to nari
        ProcessInstance travelMiniRealization = realizations.get(travelMini.getId());
        triage(travelMiniRealization, travelMini, BusinessConcept.PRODUCT, ExecutionDepartment.PRODUCT_DEVELOPMENT);
        evaluateLow(travelMiniRealization, travelMini);
        // ed fast-tracked the unscented line: dora's department is asked to take it on
        realizationActions.fastTrack(ideas.require(sensitive.getId()), EXECUTIVE,
                "Sensitive skin is our fastest-growing complaint; we want this in the next range.");
        archive(archived, refill, realizations);
    }

    /**
     * Ideas on their way to the archive, for the archive's pages: two that will be rejected and
     * acknowledged by nari (one to find, one to reopen) and a duplicate of paul's refill.
     */
    private record ArchivedIdeas(Idea roomSpray, Idea wipes, Idea anyCase) {
    }

    private ArchivedIdeas archivedIdeas(Campaign campaign, Partner paul, Partner nari, Instant now) {
        return new ArchivedIdeas(
                submitted(campaign, nari, "Spray that doubles as a room scent",
                        "One can for the body and the bedroom, so the room smells like you.",
                        "Same scent, a wider nozzle setting for rooms; sold as a two-in-one can.", now),
                submitted(campaign, nari, "Deodorant wipes for festivals",
                        "Single wipes in a paper sachet for a weekend without showers.",
                        "Alcohol-free wipes with the main scent; the sachet composts.", now),
                submitted(campaign, paul, "Refill that clicks into any case",
                        "A universal refill that fits the cases of other brands too.",
                        "An adapter ring in three sizes; the refill pouch is the same.", now));
    }

    private void archive(ArchivedIdeas archived, Idea original, Map<Long, ProcessInstance> realizations) {
        rejectAndArchive(realizations.get(archived.roomSpray().getId()), archived.roomSpray(),
                List.of("ALREADY_PLANNED", "OUT_OF_SCOPE"),
                "A room scent is already planned by the home-care team, and rooms are outside this mission.",
                "Home-care launches its room line next spring.", "Understood, thanks for the call.");
        rejectAndArchive(realizations.get(archived.wipes().getId()), archived.wipes(), List.of("NOT_FEASIBLE"),
                "Our plants cannot fill wet wipes; we would need a partner factory.",
                "Checked with operations: no wipe line before 2028.", null);
        Idea anyCase = archived.anyCase();
        realizationActions.triage(task(realizations.get(anyCase.getId()), RealizationProcess.TRIAGE_IDEA).get(0),
                ideas.require(anyCase.getId()),
                new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.PACKAGING, null, original.getId(), null),
                TRIAGE_MANAGER);
    }

    /** Rejected by the evaluators' low scores, explained by the expert and acknowledged by the partner: archived. */
    private void rejectAndArchive(ProcessInstance realizationInstance, Idea idea, List<String> reasonCodes,
            String notesToPartner, String internalNotes, String partnerComment) {
        triage(realizationInstance, idea, BusinessConcept.PRODUCT, ExecutionDepartment.PRODUCT_DEVELOPMENT);
        evaluateLow(realizationInstance, idea);
        List<Long> reasonIds = realization.reasons().stream()
                .filter(reason -> reasonCodes.contains(reason.getCode())).map(RejectionReason::getId).toList();
        realizationActions.explain(task(realizationInstance, RealizationProcess.EXPLAIN_REJECTION).get(0),
                ideas.require(idea.getId()), new ExplanationForm(
                        LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).minusDays(3), reasonIds,
                        notesToPartner, internalNotes),
                EXPERT);
        Idea explained = ideas.require(idea.getId());
        realizationActions.acknowledge(task(realizationInstance, RealizationProcess.ACKNOWLEDGE_EXPLANATION).get(0),
                realizationActions.explanationOf(explained), partnerComment);
    }

    private Campaign campaignWithPublishedScheme(Instant now) {
        Instant opened = now.minus(Duration.ofDays(90));
        Campaign campaign = new Campaign(BUSINESS_KEY, "Refillable deodorant pack",
                "The cohort designs a refillable pack and the refills that go with it.", false, 2,
                opened.plus(Duration.ofDays(14)), "pia", opened);
        campaigns.add(campaign);
        RiskRegisterEntry.sourceRisks(campaign).forEach(riskRegister::add);
        LocalDate start = LocalDate.ofInstant(now, ZoneId.systemDefault()).minusDays(40);
        Mission mission = new Mission(campaign.getId(), new MissionDraft(start, start.plusDays(90),
                "Design the refillable pack and its refills", "Pack designs, refill formats and scents",
                List.of("Pack", "Refills"),
                "Results and patents belong to the company; partners are named on the product.",
                "Partners keep unreleased product information confidential for two years.",
                now.minus(Duration.ofDays(42)),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.EXTRINSIC, "Prize money", 300),
                        new Incentive(IncentiveKind.INTRINSIC, "Name on the product", 700))),
                new EvaluationScheme("Two evaluators of the brand team and the cohort's vote",
                        "Each evaluator scores 1 to 5 per criterion; the weighted average decides", true,
                        List.of(new Criterion("Creativity", 25), new Criterion("Usefulness", 25),
                                new Criterion("Positive brand impact", 25), new Criterion("Participant vote", 25)))),
                "pia", now.minus(Duration.ofDays(50)));
        missions.add(mission);
        Instant published = now.minus(Duration.ofDays(40));
        campaign.schemePublished(mission.publishScheme(published), published);
        return campaign;
    }

    private Idea submitted(Campaign campaign, Partner partner, String title, String summary, String description,
            Instant now) {
        Idea idea = new Idea(campaign.getId(), partner, "Refills", new IdeaContent(title, summary, description),
                now.minus(Duration.ofDays(20)));
        ideas.add(idea);
        idea.submit(now.minus(Duration.ofDays(10)));
        return idea;
    }

    private void vote(Idea idea, Partner voter, int stars, Instant now) {
        ideas.add(new IdeaVote(idea, voter.getUserId(), stars, now.minus(Duration.ofDays(5))));
    }

    private void triage(ProcessInstance realizationInstance, Idea idea, BusinessConcept concept,
            ExecutionDepartment department) {
        realizationActions.triage(task(realizationInstance, RealizationProcess.TRIAGE_IDEA).get(0),
                ideas.require(idea.getId()),
                new TriageForm(TriageDecision.EVALUATE, concept, department, null, null), TRIAGE_MANAGER);
    }

    /** Every chosen evaluator declares no conflict and scores the idea low, so the score rejects it. */
    private void evaluateLow(ProcessInstance realizationInstance, Idea idea) {
        for (Task evaluation : task(realizationInstance, RealizationProcess.EVALUATE_IDEA)) {
            evaluationActions.declareConflict(evaluation, ideas.require(idea.getId()), evaluation.getAssignee(),
                    new ConflictDeclaration(false, null));
            evaluationActions.score(evaluation, ideas.require(idea.getId()), evaluation.getAssignee(),
                    new EvaluationForm(Map.of("Creativity", 2, "Usefulness", 2, "Positive brand impact", 3),
                            "Nice, but similar caps exist and it adds cost."));
        }
    }

    private void explain(ProcessInstance realizationInstance, Idea idea, List<String> reasonCodes) {
        List<Long> reasonIds = realization.reasons().stream()
                .filter(reason -> reasonCodes.contains(reason.getCode())).map(RejectionReason::getId).toList();
        realizationActions.explain(task(realizationInstance, RealizationProcess.EXPLAIN_REJECTION).get(0),
                ideas.require(idea.getId()), new ExplanationForm(
                        LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).minusDays(1), reasonIds,
                        "Glowing caps are already on the market, and few in the cohort voted for it. "
                                + "Your eye for the locker room is what we need for the next mission.",
                        "Cost of the pigment checked with procurement: +4 cents a unit."),
                EXPERT);
    }

    private List<Task> task(ProcessInstance realizationInstance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(realizationInstance.getId())
                .taskDefinitionKey(taskKey).list();
    }
}
