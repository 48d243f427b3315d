package com.cocreation5r.demo;

import static com.cocreation5r.process.ReinforcementProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.ReinforcementProcess.DRAFTING_DEADLINE;
import static com.cocreation5r.process.ReinforcementProcess.PREPARE_TOOLKIT;
import static com.cocreation5r.process.ReinforcementProcess.REFINEMENT_DEADLINE;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.campaign.RiskRegister;
import com.cocreation5r.campaign.RiskRegisterEntry;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.SupportRequestProcess;
import com.cocreation5r.reinforcement.FeasibilityCheck;
import com.cocreation5r.reinforcement.FeasibilityFacts;
import com.cocreation5r.reinforcement.IdeaProposal;
import com.cocreation5r.reinforcement.ReinforcementRepository;
import com.cocreation5r.reinforcement.ReinforcementStage;
import com.cocreation5r.reinforcement.SupportRequest;
import com.cocreation5r.reinforcement.ToolkitPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A demo campaign in ③ Reinforcement, so that the demo partners and the community manager have
 * work at once: its rules were agreed by {@code paul} and {@code nari}, {@code cora} prepared the
 * toolkit, and both partners draft ideas in their own task. {@code nari} already submitted one
 * idea to the cohort and asked {@code cora} a question about it.
 *
 * <p>The campaign is recorded as if Recruiting and R&amp;R had run; its Reinforcement stage runs
 * on its own, under the campaign's business key, until the campaign process calls the stages.
 */
@Dependent
public class ReinforcementDemo {

    static final String TITLE = "Sparkling tea for night owls";
    static final String TOOLKIT_TITLE = "Night-shift snack box";

    /** The guide cora wrote for the cohort. */
    private static final String GUIDE = """
            1. Start from a real moment: a late shift, an exam night, a long drive home.
            2. Say what the drink does for you that water, beer or coffee does not.
            3. Estimate cost and time to market if you can; the feasibility check warns early.
            4. Name the ingredients: caffeine, added sugar and artificial sweeteners do not fit this brief.
            5. Choose the sub-mission your idea answers: flavour, packaging or launch campaign.""";

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RiskRegister riskRegister;

    @Inject
    private MissionRepository missions;

    @Inject
    private PartnerPool partners;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private TaskService taskService;

    @Inject
    private DemoCampaignProcess campaignProcess;

    @Inject
    private Clock clock;

    void seed() {
        Instant now = clock.instant();
        Campaign campaign = new Campaign("sparkling-tea-for-night-owls-" + UUID.randomUUID().toString().substring(0, 8),
                TITLE, "Students and shift workers co-create a caffeine-free evening drink and its launch.", true, 2,
                now.minus(Duration.ofDays(30)), "pia", now.minus(Duration.ofDays(40)));
        campaigns.add(campaign);
        RiskRegisterEntry.sourceRisks(campaign).forEach(riskRegister::add);
        campaign.openCall();
        campaign.closeCall();
        campaign.recruitingFinished();

        Mission mission = new Mission(campaign.getId(), mission(now), "pia", now.minus(Duration.ofDays(10)));
        mission.termsReviewed(new TermsReview(true, null), "leo", now.minus(Duration.ofDays(9)));
        String digest = mission.publishScheme(now.minus(Duration.ofDays(1)));
        missions.add(mission);
        campaign.schemePublished(digest, now.minus(Duration.ofDays(1)));
        Partner paul = partners.byUserId("paul").orElseThrow();
        Partner nari = partners.byUserId("nari").orElseThrow();
        for (Partner partner : List.of(paul, nari)) {
            TermsAcceptance acceptance = new TermsAcceptance(campaign.getId(), partner, now.minus(Duration.ofDays(8)));
            acceptance.decide(true, digest, now.minus(Duration.ofDays(2)));
            missions.add(acceptance);
        }

        ProcessInstance stage = campaignProcess.startAtStage(campaign, CampaignProcess.RUN_REINFORCEMENT);
        ToolkitPlan plan = new ToolkitPlan(GUIDE, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)));
        reinforcement.add(new ReinforcementStage(campaign.getId(), plan, "cora", now));
        Task prepare = taskService.createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(PREPARE_TOOLKIT).singleResult();
        taskService.claim(prepare.getId(), "cora");
        taskService.complete(prepare.getId(), Map.of(DRAFTING_DEADLINE, Date.from(plan.draftingDeadline()),
                REFINEMENT_DEADLINE, Date.from(plan.refinementDeadline())));

        Idea idea = new Idea(campaign.getId(), nari, "Calm evenings", new IdeaContent("Chamomile and yuzu sparkle",
                "A caffeine-free sparkling tea that tastes like a treat but helps you wind down after a late shift.",
                "Cold-brewed chamomile with yuzu peel, lightly sparkling, no added sugar. Sold in 250 ml cans "
                        + "with a calm night-sky design; the can is fully recyclable."), now);
        ideas.add(idea);
        IdeaProposal proposal = new IdeaProposal(idea.getId(), campaign.getId(),
                new FeasibilityFacts(80_000_000L, 9, false, false, "chamomile, yuzu peel, carbonated water"));
        proposal.submitToCohort(now);
        reinforcement.add(proposal);
        reinforcement.add(new FeasibilityCheck(idea.getId(), 1, List.of(), false, "nari", now));

        SupportRequest question = new SupportRequest(campaign.getId(), idea.getId(), "nari",
                "May we say the tea helps you sleep, or is that a health claim we cannot make?", now);
        reinforcement.add(question);
        runtimeService.startProcessInstanceByKey(SupportRequestProcess.PROCESS_KEY, campaign.getBusinessKey(),
                Map.of(SupportRequestProcess.CAMPAIGN_ID, campaign.getId(),
                        SupportRequestProcess.SUPPORT_REQUEST_ID, question.getId()));
    }

    /**
     * A second pilot, "Night-shift snack box", whose cohort agreed its rules but whose toolkit
     * {@code cora} has yet to prepare: her "Prepare the toolkit" task waits in the community
     * managers' inbox.
     */
    void toolkitToPrepare() {
        Instant now = clock.instant();
        Campaign campaign = new Campaign("night-shift-snack-box-" + UUID.randomUUID().toString().substring(0, 8),
                TOOLKIT_TITLE, "Nurses, drivers and students co-create a snack box for the night shift.", true, 2,
                now.minus(Duration.ofDays(20)), "pia", now.minus(Duration.ofDays(30)));
        campaigns.add(campaign);
        RiskRegisterEntry.sourceRisks(campaign).forEach(riskRegister::add);
        campaign.openCall();
        campaign.closeCall();
        campaign.recruitingFinished();
        Mission mission = new Mission(campaign.getId(), mission(now,
                "Put together a snack box that keeps night workers going without sugar crashes",
                "Snacks, box formats and how the box reaches hospitals and depots at night"), "pia",
                now.minus(Duration.ofDays(6)));
        mission.termsReviewed(new TermsReview(true, null), "leo", now.minus(Duration.ofDays(5)));
        String digest = mission.publishScheme(now.minus(Duration.ofDays(1)));
        missions.add(mission);
        campaign.schemePublished(digest, now.minus(Duration.ofDays(1)));
        campaignProcess.startAtStage(campaign, CampaignProcess.RUN_REINFORCEMENT);
    }

    private static MissionDraft mission(Instant now) {
        return mission(now, "Invent a caffeine-free evening drink and how to launch it",
                "Flavours, formats and packaging ideas for people who are awake when others sleep");
    }

    private static MissionDraft mission(Instant now, String tasks, String ideasSought) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return new MissionDraft(today.minusDays(5), today.plusDays(60), tasks, ideasSought,
                List.of("Flavour", "Packaging", "Launch campaign"),
                "Results and patents belong to the company; partners are credited on the product page.",
                "Partners keep unreleased recipes confidential for two years.",
                now.minus(Duration.ofDays(3)),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.EXTRINSIC, "Prize money", 300),
                        new Incentive(IncentiveKind.INTRINSIC, "Name on the can", 700))),
                new EvaluationScheme("Evaluator group and the cohort", "Scores 1-5 per criterion, weighted", true,
                        List.of(new Criterion("Creativity", 25), new Criterion("Usefulness", 25),
                                new Criterion("Positive brand impact", 25), new Criterion("Participant vote", 25))));
    }
}
