package com.cocreation5r.it;

import static com.cocreation5r.it.TestCandidates.profile;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.recruiting.RecruitingRepository;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Campaigns brought to the point a test starts from: through the services as the {@link Staff}
 * whose work it is (opening, applications, walking ① Recruiting), or straight into the database
 * for what an earlier stage would have left (partners, their acceptance of the terms).
 */
@Dependent
public class CampaignFixtures {

    /** The evaluation scheme of a drafted mission, unless a test needs its own. */
    public static final EvaluationScheme SCHEME = new EvaluationScheme("Two evaluators and the cohort",
            "Scores 1-5 per criterion, weighted", true,
            List.of(new Criterion("Creativity", 30), new Criterion("Usefulness", 30),
                    new Criterion("Positive brand impact", 20), new Criterion("Participant vote", 20)));

    @Inject
    Staff staff;

    @Inject
    Engine engine;

    @Inject
    CampaignService campaignService;

    @Inject
    RecruitingService recruitingService;

    @Inject
    InboxService inbox;

    @Inject
    RecruitingRepository recruiting;

    @Inject
    PartnerPool pool;

    @Inject
    MissionRepository missions;

    @Inject
    UserTransaction transaction;

    /** A pilot opened by the program manager, its call open for an hour; the title is made unique. */
    public CampaignSummary open(String title, int cohortSize) throws Exception {
        return SignedIn.as(staff.of(Groups.PROGRAM_MANAGER), () -> campaignService.open(new NewCampaign(
                title + " " + UUID.randomUUID(), "Integration test", true, cohortSize,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS))));
    }

    /** {@link #open opened}, with written applications received during its call. */
    public CampaignSummary openWithApplications(String title, int cohortSize, int applications) throws Exception {
        CampaignSummary campaign = open(title, cohortSize);
        SignedIn.as(staff.of(Groups.PROGRAM_MANAGER), () -> {
            for (int i = 0; i < applications; i++) {
                recruitingService.submitApplication(campaign.id(), profile("applicant" + i),
                        "I use the product every day and have ideas for it (" + i + ").");
            }
        });
        return campaign;
    }

    /** Fires the application window's timer now; the job executor then creates the screening tasks. */
    public List<Task> closeCall(CampaignSummary campaign, int applications) {
        ProcessInstance recruiting = engine.instance(campaign.businessKey(), RecruitingProcess.PROCESS_KEY);
        engine.fireTimer(recruiting.getId(), RecruitingProcess.APPLICATION_WINDOW_CLOSED);
        return engine.awaitCampaignTasks(campaign.businessKey(), RecruitingProcess.SCREEN_APPLICATION, applications);
    }

    /** Walks ① Recruiting: every applicant shortlisted, recommended and selected into the cohort. */
    public void selectEveryApplicant(CampaignSummary campaign, int applications) throws Exception {
        for (Task screening : closeCall(campaign, applications)) {
            SignedIn.as(staff.of(Groups.RECRUITER), () -> {
                inbox.claim(screening.getId());
                recruitingService.screenApplication(screening.getId(),
                        new ScreeningForm(5, 5, 4, ScreeningDecision.SHORTLIST, null));
            });
        }
        for (Task interview : engine.awaitCampaignTasks(campaign.businessKey(), RecruitingProcess.INTERVIEW_CANDIDATE,
                applications)) {
            SignedIn.as(staff.of(Groups.INTERVIEWER), () -> {
                inbox.claim(interview.getId());
                recruitingService.interviewCandidate(interview.getId(),
                        new InterviewForm(4, 4, 5, InterviewRecommendation.RECOMMEND, null));
            });
        }
        Task selection = engine.awaitCampaignTask(campaign.businessKey(), RecruitingProcess.SELECT_COHORT);
        SignedIn.as(staff.of(Groups.SELECTION_COMMITTEE), () -> {
            inbox.claim(selection.getId());
            Set<Long> everyone = recruitingService.shortlistOfTask(selection.getId()).entries().stream()
                    .map(entry -> entry.applicationId()).collect(Collectors.toSet());
            recruitingService.selectCohort(selection.getId(), everyone);
        });
    }

    /** A campaign whose ① Recruiting selected all its {@code size} applicants; ② R&amp;R starts next. */
    public CampaignSummary withCohortSelected(String title, int size) throws Exception {
        CampaignSummary campaign = openWithApplications(title, size, size);
        selectEveryApplicant(campaign, size);
        return campaign;
    }

    /**
     * The test user as a partner of the pool, admitted through the campaign; within the caller's
     * transaction. A user who is a partner already stays the same partner.
     */
    public Partner partnerOf(TestUser user, Long campaignId) {
        return partnerOf(user, user.id(), campaignId);
    }

    /** {@link #partnerOf(TestUser, Long)}, named "Test {@code name}" for a test that shows partners by name. */
    public Partner partnerOf(TestUser user, String name, Long campaignId) {
        return pool.byUserId(user.id()).orElseGet(() -> {
            Candidate candidate = new Candidate(profile(name));
            recruiting.add(candidate);
            Partner partner = new Partner(candidate, campaignId, Instant.now());
            partner.linkUser(user.id());
            pool.add(partner);
            return partner;
        });
    }

    /** The partner accepted the campaign's terms, under the scheme with that digest; within the caller's transaction. */
    public TermsAcceptance acceptedTerms(Long campaignId, Partner partner, String schemeDigest) {
        TermsAcceptance acceptance = new TermsAcceptance(campaignId, partner, Instant.now());
        missions.add(acceptance);
        acceptance.decide(true, schemeDigest, Instant.now());
        return acceptance;
    }

    /** Runs the work in a transaction of its own, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    /** A mission the program manager drafts when ② R&amp;R starts, with the given scheme. */
    public static MissionDraft missionDraft(EvaluationScheme scheme) {
        return new MissionDraft(LocalDate.now().plusDays(20), LocalDate.now().plusDays(80),
                "Co-create the scent and the launch campaign", "Scents, names and packaging ideas",
                List.of("Scent", "Packaging"),
                "Results and patents, joint inventions included, belong to the company; partners are credited.",
                "Partners keep unreleased product information confidential for two years.",
                Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.EXTRINSIC, "Prize money", 300),
                        new Incentive(IncentiveKind.INTRINSIC, "Name on the product", 700))),
                scheme);
    }

    /** A mission whose activity period started a month ago: ideas are in, ready for ④ Realization. */
    public static MissionDraft missionUnderway(EvaluationScheme scheme) {
        return new MissionDraft(LocalDate.now().minusDays(30), LocalDate.now().plusDays(60),
                "Design the refillable pack", "Pack and refill ideas", List.of(),
                "Results and patents belong to the company; partners are credited.",
                "Partners keep unreleased product information confidential for two years.",
                Instant.now().minus(Duration.ofDays(20)),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.INTRINSIC, "Name on the product", 700))),
                scheme);
    }
}
