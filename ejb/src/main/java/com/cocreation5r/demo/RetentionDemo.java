package com.cocreation5r.demo;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.idea.IdeaVote;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerAccounts;
import com.cocreation5r.partner.PartnerInvitations;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.PoolCheckInProcess;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import com.cocreation5r.recruiting.RecruitingRepository;
import com.cocreation5r.retention.SatisfactionSurvey;
import com.cocreation5r.retention.SurveyAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo of ⑤ Retention: a past skin-care campaign whose cohort ({@code paul}, {@code nari} and a
 * newcomer, Minho, who has not set his password yet) wrote ideas that went different ways. Its
 * Retention is under way: {@code paul} and {@code nari} each have their satisfaction survey in
 * their inbox, and Minho answered his with a low satisfaction, so {@code pia} has a follow-up. As
 * paul's foam cleanser was accepted, {@code pia} also has the choice of the ideas to put to a
 * purchase-intent poll of the pool.
 * On Minho's page {@code pia} finds his pending set-password link.
 */
@ApplicationScoped
public class RetentionDemo {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private PartnerPool pool;

    @Inject
    private PartnerAccounts accounts;

    @Inject
    private PartnerInvitations invitations;

    @Inject
    private MissionRepository missions;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ManagementService managementService;

    @Inject
    private TaskService taskService;

    @Inject
    private DemoCampaignProcess campaignProcess;

    @Inject
    private Clock clock;

    /** Seeds the past campaign and runs its Retention up to the surveys; {@code paul} and {@code nari} are in the pool. */
    public void seed(String programManager) {
        Instant now = clock.instant();
        Instant started = now.minus(Duration.ofDays(120));
        Campaign past = new Campaign("teen-skin-care-line-demo", "Skin-care line for teens",
                "Teenagers and dermatology students co-created a gentle skin-care line.", true, 3,
                started.plus(Duration.ofDays(14)), programManager, started);
        campaigns.add(past);
        past.openCall();
        past.closeCall();
        past.recruitingFinished();

        Partner paul = pool.byUserId("paul").orElseThrow();
        Partner nari = pool.byUserId("nari").orElseThrow();
        Partner minho = newcomer(past.getId(), started);
        for (Partner partner : List.of(paul, nari, minho)) {
            TermsAcceptance acceptance = new TermsAcceptance(past.getId(), partner, started.plus(Duration.ofDays(20)));
            acceptance.decide(true, null, started.plus(Duration.ofDays(21)));
            missions.add(acceptance);
        }

        Idea foam = idea(past.getId(), paul, "Foam cleanser that changes colour", started,
                IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE, IdeaStatus.IN_EVALUATION, IdeaStatus.ACCEPTED);
        idea(past.getId(), paul, "Refill pouches sold at school fairs", started,
                IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE, IdeaStatus.IN_EVALUATION, IdeaStatus.REJECTED);
        Idea patch = idea(past.getId(), nari, "Overnight spot patch with a calming scent", started,
                IdeaStatus.SUBMITTED, IdeaStatus.IN_TRIAGE, IdeaStatus.IN_EVALUATION);
        idea(past.getId(), nari, "A sunscreen stick for the pencil case", started);
        vote(foam, "nari", 5, started);
        vote(patch, "paul", 4, started);

        ProcessInstance retention = campaignProcess.startAtStage(past, CampaignProcess.RUN_RETENTION);
        // measure the contributions now, so the surveys are in the inboxes at start-up
        for (Job measurement : managementService.createJobQuery().processInstanceId(retention.getId()).list()) {
            managementService.executeJob(measurement.getId());
        }
        Task minhosSurvey = taskService.createTaskQuery().processInstanceId(retention.getId())
                .taskAssignee(minho.getUserId()).singleResult();
        SatisfactionSurvey answered = new SatisfactionSurvey(past.getId(), minho,
                new SurveyAnswers(2, 1, 3, 2, "Nobody told me what happened to the ideas I voted for."), now);
        em.persist(answered);
        taskService.complete(minhosSurvey.getId(), Map.of(RetentionProcess.SATISFACTION_LOW, answered.isLow()));
    }

    private Partner newcomer(Long campaignId, Instant joined) {
        Candidate candidate = new Candidate(new CandidateProfile("Minho Song", "minho.song@example.com",
                AgeBand.UNDER_20, Gender.MALE, Education.SECONDARY, ApplicantKind.INDIVIDUAL, "Skin care, K-beauty",
                null, 2_300, CandidateSource.OPEN_CALL, null));
        recruiting.add(candidate);
        Partner minho = new Partner(candidate, campaignId, joined);
        pool.add(minho);
        accounts.ensureAccount(minho);
        invitations.invite(minho, campaignId);
        return minho;
    }

    private Idea idea(Long campaignId, Partner author, String title, Instant at, IdeaStatus... path) {
        Idea idea = new Idea(campaignId, author, null, new IdeaContent(title,
                title + ", proposed by the cohort.", "Worked out with the cohort during the activity period."), at);
        ideas.add(idea);
        for (IdeaStatus next : path) {
            if (next == IdeaStatus.SUBMITTED) {
                idea.submit(at.plus(Duration.ofDays(30)));
            } else {
                idea.moveTo(next);
            }
        }
        return idea;
    }

    /** The pool's periodic check-in falls due now rather than in 90 days: the community managers hold it. */
    void checkInDue() {
        Job timer = managementService.createJobQuery().processDefinitionKey(PoolCheckInProcess.PROCESS_KEY).timers()
                .singleResult();
        managementService.executeJob(timer.getId());
    }

    private void vote(Idea idea, String voter, int stars, Instant at) {
        ideas.add(new IdeaVote(idea, voter, stars, at.plus(Duration.ofDays(40))));
    }
}
