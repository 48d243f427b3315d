package com.cocreation5r.demo;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignLauncher;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.MissionActions;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.recruiting.Application;
import com.cocreation5r.recruiting.ApplicationIntake;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.recruiting.RecruitingActions;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo campaigns in ① Recruiting and ② R&amp;R, walked there through their own processes: each is
 * launched, takes its applications, and its demo users do their tasks through the same steps the
 * services run for them (screening by {@code rita}, interviews by {@code ivan}, the committee's
 * choice by {@code carla}, the mission by {@code pia}, the terms by {@code leo}). So the
 * interviewer, the committee, legal and the partners' consent all have work waiting at start.
 *
 * <p>The engine's asynchronous steps (the window's timer, closing the call, notifying candidates)
 * are run here, in the seeding transaction, as the job executor would run them after it.
 */
@Dependent
public class EarlyStagesDemo {

    private static final String PROGRAM_MANAGER = "pia";
    private static final String RECRUITER = "rita";
    private static final String INTERVIEWER = "ivan";
    private static final String COMMITTEE = "carla";
    private static final String LAWYER = "leo";

    @Inject
    private CampaignLauncher launcher;

    @Inject
    private ApplicationIntake intake;

    @Inject
    private RecruitingActions recruiting;

    @Inject
    private MissionActions missions;

    @Inject
    private PartnerPool partners;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private TaskService taskService;

    @Inject
    private ManagementService managementService;

    @Inject
    private Clock clock;

    /** The four campaigns, by the work each holds for its demo users. */
    public record EarlyStages(Campaign interviewsWaiting, Campaign cohortToSelect, Campaign termsToReview,
            Campaign termsToAccept) {
    }

    /** Seeds the four campaigns; runs in the caller's transaction, once at start (the tests run it again). */
    public EarlyStages seed() {
        return new EarlyStages(interviewsWaiting(), cohortToSelect(), termsToReview(), termsToAccept());
    }

    /** ① Recruiting: rita screened every application, ivan interviewed two and has two to go. */
    private Campaign interviewsWaiting() {
        Campaign campaign = launch("Sports drink for early runners",
                "Runners who train before work co-create a sports drink and its morning ritual.", true, 3);
        List<Application> applications = List.of(
                apply(campaign, applicant("Ji-ho Han", AgeBand.FROM_20_TO_29, Gender.MALE, 5_200,
                        "I lead a 6 a.m. running crew of forty; we test every drink on the market.")),
                apply(campaign, applicant("Mina Yoo", AgeBand.FROM_30_TO_39, Gender.FEMALE, 800,
                        "Nurse and marathoner: I run before my shift and know what my stomach takes at dawn.")),
                apply(campaign, applicant("Sung-min Ko", AgeBand.UNDER_20, Gender.MALE, 150,
                        "I like drinks.")),
                apply(campaign, applicant("Eun-bi Shin", AgeBand.FROM_20_TO_29, Gender.FEMALE, 14_000,
                        "Sports-science student with a channel on morning training routines.")),
                apply(campaign, applicant("Woo-jin Baek", AgeBand.FROM_40_TO_49, Gender.MALE, 2_300,
                        "Ultrarunner and food technologist; I mix my own electrolytes.")));
        closeCall(campaign);
        screen(campaign, applications, ScreeningDecision.SHORTLIST, ScreeningDecision.SHORTLIST,
                ScreeningDecision.REJECT, ScreeningDecision.SHORTLIST, ScreeningDecision.SHORTLIST);
        interview(campaign, applications.subList(0, 2), InterviewRecommendation.RECOMMEND,
                InterviewRecommendation.NOT_RECOMMEND);
        return campaign;
    }

    /** ① Recruiting: every application assessed; carla's "Select the cohort" waits. */
    private Campaign cohortToSelect() {
        Campaign campaign = launch("Beard oil for first-time growers",
                "Men growing their first beard co-create a beard oil, its scent and its how-to videos.", false, 2);
        List<Application> applications = List.of(
                apply(campaign, applicant("Hyun-woo Lim", AgeBand.FROM_20_TO_29, Gender.MALE, 9_800,
                        "Barber apprentice; half my customers ask me how to stop their new beard itching.")),
                apply(campaign, applicant("Do-yun Kwon", AgeBand.UNDER_20, Gender.MALE, 1_200,
                        "Growing my first beard right now and filming every week of it.")),
                apply(campaign, applicant("Ara Song", AgeBand.FROM_30_TO_39, Gender.FEMALE, 3_400,
                        "Cosmetic chemist; I formulated two carrier-oil blends for a men's brand.")),
                apply(campaign, applicant("Jae-sung Oh", AgeBand.FROM_40_TO_49, Gender.MALE, 60,
                        "Please pick me.")));
        closeCall(campaign);
        screen(campaign, applications, ScreeningDecision.SHORTLIST, ScreeningDecision.SHORTLIST,
                ScreeningDecision.SHORTLIST, ScreeningDecision.REJECT);
        interview(campaign, applications.subList(0, 3), InterviewRecommendation.RECOMMEND,
                InterviewRecommendation.RECOMMEND, InterviewRecommendation.RECOMMEND);
        return campaign;
    }

    /** ② R&amp;R: paul and nari were selected, pia drafted the mission; leo's review waits. */
    private Campaign termsToReview() {
        Campaign campaign = cohortOfDemoPartners("Shampoo refill station",
                "The cohort designs a refill station for shampoo in supermarkets and gyms.");
        draftMission(campaign, "Design the refill station and how shoppers use it",
                "Station designs, bottle formats and ways to make refilling a habit");
        return campaign;
    }

    /** ② R&amp;R: the mission drafted and its terms approved; paul and nari each have their consent to give. */
    private Campaign termsToAccept() {
        Campaign campaign = cohortOfDemoPartners("Lip balm for cold commutes",
                "Commuters who walk and cycle in winter co-create a lip balm and its pocket case.");
        draftMission(campaign, "Invent a lip balm for cold commutes and its case",
                "Textures, scents and cases that work with gloves on");
        Task review = task(campaign, RulesAndResponsibilitiesProcess.REVIEW_TERMS);
        taskService.claim(review.getId(), LAWYER);
        missions.reviewTerms(review, new TermsReview(true, null), LAWYER);
        return campaign;
    }

    /**
     * A campaign whose Recruiting selected the demo partners {@code paul} and {@code nari}, who
     * applied from the pool; ② R&amp;R has started and its mission is to be drafted.
     */
    private Campaign cohortOfDemoPartners(String title, String description) {
        Campaign campaign = launch(title, description, true, 2);
        List<Application> applications = List.of("paul", "nari").stream()
                .map(userId -> apply(campaign, partners.byUserId(userId).orElseThrow().getCandidate().profile(),
                        "Returning partner from the pool: I would like to take part again."))
                .toList();
        closeCall(campaign);
        screen(campaign, applications, ScreeningDecision.SHORTLIST, ScreeningDecision.SHORTLIST);
        interview(campaign, applications, InterviewRecommendation.RECOMMEND, InterviewRecommendation.RECOMMEND);
        Task selection = task(campaign, RecruitingProcess.SELECT_COHORT);
        taskService.claim(selection.getId(), COMMITTEE);
        recruiting.selectCohort(selection,
                applications.stream().map(Application::getId).collect(Collectors.toSet()));
        runAsyncContinuations(stageInstanceId(campaign, RecruitingProcess.PROCESS_KEY));
        return campaign;
    }

    private Campaign launch(String title, String description, boolean pilot, int cohortSize) {
        return launcher.launch(new NewCampaign(title, description, pilot, cohortSize,
                clock.instant().plus(Duration.ofDays(1))), PROGRAM_MANAGER);
    }

    private Application apply(Campaign campaign, DemoApplicant applicant) {
        return apply(campaign, applicant.profile(), applicant.statement());
    }

    private Application apply(Campaign campaign, CandidateProfile profile, String statement) {
        return intake.receive(campaign.getId(), profile, statement);
    }

    /** The application window closes now: its timer fires and the call is closed, as after the deadline. */
    private void closeCall(Campaign campaign) {
        String recruitingId = stageInstanceId(campaign, RecruitingProcess.PROCESS_KEY);
        Job window = managementService.createJobQuery().processInstanceId(recruitingId).timers().singleResult();
        managementService.executeJob(window.getId());
        runAsyncContinuations(recruitingId);
    }

    /** Runs the instance's asynchronous continuations until none is left (its timers stay). */
    private void runAsyncContinuations(String processInstanceId) {
        List<Job> continuations;
        while (!(continuations = managementService.createJobQuery().processInstanceId(processInstanceId)
                .messages().list()).isEmpty()) {
            continuations.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** rita screens each application with the decision in the same place. */
    private void screen(Campaign campaign, List<Application> applications, ScreeningDecision... decisions) {
        Map<Long, Task> screenings = tasksByApplication(campaign, RecruitingProcess.SCREEN_APPLICATION);
        for (int i = 0; i < applications.size(); i++) {
            Task screening = screenings.get(applications.get(i).getId());
            taskService.claim(screening.getId(), RECRUITER);
            boolean shortlist = decisions[i] == ScreeningDecision.SHORTLIST;
            recruiting.screen(screening, new ScreeningForm(shortlist ? 4 : 2, shortlist ? 5 : 2, shortlist ? 4 : 1,
                    decisions[i], shortlist ? null : "Too short to judge what they would bring."), RECRUITER);
        }
    }

    /** ivan interviews each shortlisted applicant and recommends as given in the same place. */
    private void interview(Campaign campaign, List<Application> applications,
            InterviewRecommendation... recommendations) {
        Map<Long, Task> interviews = tasksByApplication(campaign, RecruitingProcess.INTERVIEW_CANDIDATE);
        for (int i = 0; i < applications.size(); i++) {
            Task interview = interviews.get(applications.get(i).getId());
            taskService.claim(interview.getId(), INTERVIEWER);
            boolean recommend = recommendations[i] == InterviewRecommendation.RECOMMEND;
            recruiting.interview(interview, new InterviewForm(recommend ? 5 : 2, recommend ? 4 : 3, recommend ? 5 : 2,
                    recommendations[i], recommend ? "Full of ideas and clearly uses products like ours every day."
                            : "Knows the sport, but rarely uses products like ours."), INTERVIEWER);
        }
    }

    private void draftMission(Campaign campaign, String tasks, String ideasSought) {
        Task draft = task(campaign, RulesAndResponsibilitiesProcess.DRAFT_MISSION);
        taskService.claim(draft.getId(), PROGRAM_MANAGER);
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        missions.draftMission(draft, new MissionDraft(today.plusDays(14), today.plusDays(74), tasks, ideasSought,
                List.of("Product", "Packaging", "Launch campaign"),
                "Results and patents belong to the company; partners are credited on the product page.",
                "Partners keep unreleased product information confidential for two years.",
                now.plus(Duration.ofDays(10)),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.EXTRINSIC, "Product vouchers", 200),
                        new Incentive(IncentiveKind.INTRINSIC, "Meet the product team", 800))),
                new EvaluationScheme("Two evaluators of the brand team and the cohort's vote",
                        "Each evaluator scores 1 to 5 per criterion; the weighted average decides", true,
                        List.of(new Criterion("Creativity", 30), new Criterion("Usefulness", 30),
                                new Criterion("Positive brand impact", 20), new Criterion("Participant vote", 20)))),
                PROGRAM_MANAGER);
    }

    /** The campaign's one open task of that kind, in whichever stage instance it runs. */
    private Task task(Campaign campaign, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(campaign.getBusinessKey())
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The campaign's open screening or interview tasks, by the id of the application each is about. */
    private Map<Long, Task> tasksByApplication(Campaign campaign, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(campaign.getBusinessKey())
                .taskDefinitionKey(taskKey).list().stream()
                .collect(Collectors.toMap(task -> recruiting.applicationOf(task).getId(), Function.identity()));
    }

    private String stageInstanceId(Campaign campaign, String processKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(campaign.getBusinessKey())
                .processDefinitionKey(processKey).singleResult().getId();
    }

    private static DemoApplicant applicant(String name, AgeBand age, Gender gender, int followers,
            String statement) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com";
        return new DemoApplicant(new CandidateProfile(name, email, age, gender, Education.BACHELOR,
                ApplicantKind.INDIVIDUAL, null, null, followers, CandidateSource.OPEN_CALL, null), statement);
    }

    private record DemoApplicant(CandidateProfile profile, String statement) {
    }
}
