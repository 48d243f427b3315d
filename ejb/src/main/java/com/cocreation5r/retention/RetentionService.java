package com.cocreation5r.retention;

import static com.cocreation5r.process.RetentionProcess.*;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.PoolCheckInProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Retention as users work it: a partner sees what became of their ideas and answers the
 * satisfaction survey in their own task; a program manager follows up a dissatisfied or silent
 * partner; a community manager records the periodic pool check-in. A partner only ever sees their
 * own: the methods take no partner, they serve the signed-in one.
 */
@Stateless
@ActAsCaller
public class RetentionService {

    @Inject
    private RetentionRepository retention;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private PartnerPool pool;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ContributionViews contributionViews;

    @Inject
    private PurchaseIntentPolls polls;

    @Inject
    private Clock clock;

    /** The signed-in partner's ideas in every campaign, what became of them, and their honours. */
    @RolesAllowed(Groups.PARTNER)
    public MyRetention myRetention() {
        String userId = caller.userId();
        Partner partner = pool.byUserId(userId).orElse(null);
        List<IdeaOutcome> outcomes = outcomes(ideas.writtenBy(userId));
        if (partner == null) {
            return new MyRetention(Honour.NONE, outcomes, List.of(), null, List.of());
        }
        return new MyRetention(partner.getHonour(), outcomes,
                retention.contributionsOf(partner.getId()).stream().map(this::view).toList(),
                retention.mentorshipOf(partner.getId()).map(m -> m.getMentor().getCandidate().getFullName())
                        .orElse(null),
                retention.menteesOf(partner.getId()).stream().map(m -> m.getMentee().getCandidate().getFullName())
                        .toList());
    }

    /** One of the signed-in partner's ideas; another partner's idea does not exist for them. */
    @RolesAllowed(Groups.PARTNER)
    public IdeaOutcome outcomeOf(@NotNull Long ideaId) {
        Idea idea = ideas.find(ideaId).filter(found -> found.isWrittenBy(caller.userId()))
                .orElseThrow(() -> new IdeaNotFound(ideaId));
        return outcomes(List.of(idea)).get(0);
    }

    /** The campaign and contribution the partner's own survey task is about. */
    @RolesAllowed(Groups.PARTNER)
    public SurveyTaskView surveyOfTask(@NotNull String taskId) {
        Task task = tasks.requireClaimedByCaller(taskId, TAKE_SATISFACTION_SURVEY);
        Campaign campaign = campaignOf(task);
        Partner partner = callerAsPartner(taskId);
        return new SurveyTaskView(campaign.getId(), campaign.getTitle(),
                retention.contribution(campaign.getId(), partner.getId()).map(this::view).orElse(null));
    }

    /** The partner answers their survey; a low satisfaction sends the program manager a follow-up. */
    @RolesAllowed(Groups.PARTNER)
    public void answerSurvey(@NotNull String taskId, @NotNull @Valid SurveyAnswers answers) {
        Task task = tasks.requireClaimedByCaller(taskId, TAKE_SATISFACTION_SURVEY);
        Long campaignId = campaignOf(task).getId();
        Partner partner = callerAsPartner(taskId);
        if (retention.survey(campaignId, partner.getId()).isPresent()) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.ALREADY_ANSWERED);
        }
        SatisfactionSurvey survey = new SatisfactionSurvey(campaignId, partner, answers, clock.instant());
        retention.add(survey);
        tasks.complete(task, Map.of(SATISFACTION_LOW, survey.isLow()));
        // scores only: the comment is personal free text and stays out of the append-only log
        Map<String, String> details = new LinkedHashMap<>();
        details.put("overall", String.valueOf(answers.overall()));
        details.put("recognition", String.valueOf(answers.recognition()));
        details.put("communication", String.valueOf(answers.communication()));
        details.put("rejoin", String.valueOf(answers.rejoin()));
        details.put("low", String.valueOf(survey.isLow()));
        auditTrail.record(AuditAction.SATISFACTION_SURVEYED, AuditSubject.PARTNER, partner.getId(), campaignId,
                details);
    }

    /** The partner and answers a follow-up task is about. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public FollowUpView followUpOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        if (!FOLLOW_UP_SATISFACTION.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        Campaign campaign = campaignOf(task);
        Partner partner = partnerOf(task);
        return new FollowUpView(partner.getId(), partner.getCandidate().getFullName(),
                partner.getCandidate().getEmail(), partner.getHonour(), campaign.getTitle(),
                retention.survey(campaign.getId(), partner.getId()).map(SatisfactionSurvey::answers).orElse(null));
    }

    /** The program manager records what they did for the partner, and the follow-up is done. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public void followUp(@NotNull String taskId, @NotNull @Valid FollowUpReport report) {
        Task task = tasks.requireClaimedByCaller(taskId, FOLLOW_UP_SATISFACTION);
        Long campaignId = campaignOf(task).getId();
        Partner partner = partnerOf(task);
        SatisfactionSurvey survey = retention.survey(campaignId, partner.getId()).orElse(null);
        SatisfactionFollowUp followUp = new SatisfactionFollowUp(campaignId, partner, survey, report.actionTaken(),
                caller.userId(), clock.instant());
        retention.add(followUp);
        tasks.complete(task, Map.of());
        auditTrail.record(AuditAction.SATISFACTION_FOLLOWED_UP, AuditSubject.PARTNER, partner.getId(), campaignId,
                Map.of("followUpId", String.valueOf(followUp.getId()), "surveyAnswered", String.valueOf(survey != null)));
    }

    /** The pool the community manager checks in with. */
    @RolesAllowed(Groups.COMMUNITY_MANAGER)
    public CheckInView checkInOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        if (!PoolCheckInProcess.HOLD_CHECK_IN.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        List<Partner> active = pool.active();
        return new CheckInView(active.size(),
                (int) active.stream().filter(partner -> partner.getHonour() == Honour.MENTOR).count());
    }

    @RolesAllowed(Groups.COMMUNITY_MANAGER)
    public void holdCheckIn(@NotNull String taskId, @NotNull @Valid CheckInReport report) {
        Task task = tasks.requireClaimedByCaller(taskId, PoolCheckInProcess.HOLD_CHECK_IN);
        Instant now = clock.instant();
        PoolCheckIn checkIn = new PoolCheckIn(report, caller.userId(), now);
        retention.add(checkIn);
        tasks.complete(task, Map.of());
        auditTrail.record(AuditAction.POOL_CHECK_IN_HELD, AuditSubject.POOL_CHECK_IN, checkIn.getId(), null,
                Map.of("partnersReached", String.valueOf(report.partnersReached()),
                        "concernsRaised", String.valueOf(report.concernsRaised())));
    }

    private Partner callerAsPartner(String taskId) {
        return pool.byUserId(caller.userId())
                .orElseThrow(() -> new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, taskId));
    }

    private Partner partnerOf(Task task) {
        String userId = tasks.variable(task, PARTNER_USER_ID, String.class);
        return pool.byUserId(userId)
                .orElseThrow(() -> new IllegalStateException("No partner signs in as " + userId));
    }

    private Campaign campaignOf(Task task) {
        return campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
    }

    /** The outcomes of the partner's ideas, each with its poll: counts only once the poll has closed. */
    private List<IdeaOutcome> outcomes(List<Idea> written) {
        Map<Long, PurchaseIntentPoll> pollOf = polls.ofIdeas(written.stream().map(Idea::getId).toList());
        Map<Long, Map<PurchaseIntent, Long>> counted = polls.counted(pollOf.values().stream()
                .filter(PurchaseIntentPoll::isClosed).map(PurchaseIntentPoll::getId).toList());
        return written.stream().map(idea -> {
            String campaignTitle = campaigns.campaign(idea.getCampaignId()).map(Campaign::getTitle).orElse(null);
            PurchaseIntentPoll poll = pollOf.get(idea.getId());
            PollResult result = poll == null ? null
                    : PollResult.of(poll, campaignTitle, counted.getOrDefault(poll.getId(), Map.of()));
            return new IdeaOutcome(idea.getId(), idea.getCampaignId(), campaignTitle, idea.getTitle(),
                    idea.getContent().summary(), idea.getStatus(), idea.getRealizationRound(), idea.getSubmittedAt(),
                    result);
        }).toList();
    }

    private ContributionView view(PartnerContribution contribution) {
        return contributionViews.of(contribution);
    }
}
