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
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/**
 * Purchase-intent polls of ⑤ Retention, as users work them: the program manager puts accepted
 * ideas to the pool in their task, pool partners answer while a poll is open, authors see what the
 * pool said of their own ideas once it closed (on their page, through {@link RetentionService}),
 * and program managers and executives follow every poll.
 *
 * <p>The pool sees only the headline and description the program manager wrote, never the author.
 */
@Stateless
@ActAsCaller
public class PurchaseIntentService {

    private static final Duration POLL_WINDOW = Duration.ofDays(POLL_DAYS);

    @Inject
    private PurchaseIntentPolls polls;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private PartnerPool pool;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** The accepted ideas of the task's campaign that the program manager may put to a poll. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public PollChoiceView pollChoiceOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        if (!CHOOSE_POLL_IDEAS.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        Campaign campaign = campaignOf(task);
        List<PollCandidate> candidates = pollable(campaign.getId()).stream()
                .map(idea -> new PollCandidate(idea.getId(), idea.getTitle(), idea.getContent().summary(),
                        idea.getStatus(), idea.getPartner().getCandidate().getFullName()))
                .toList();
        return new PollChoiceView(campaign.getId(), campaign.getTitle(), candidates, POLL_DAYS);
    }

    /**
     * Opens a poll for each pitch and completes the task; no pitch at all is a choice too. Every
     * pitch must name an accepted idea of the campaign, once; otherwise nothing is opened.
     */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public List<Long> openPolls(@NotNull String taskId, @NotNull List<@NotNull @Valid PollPitch> pitches) {
        Task task = tasks.requireClaimedByCaller(taskId, CHOOSE_POLL_IDEAS);
        Long campaignId = campaignOf(task).getId();
        Set<Long> pollable = pollable(campaignId).stream().map(Idea::getId).collect(Collectors.toSet());
        Set<Long> chosen = new HashSet<>();
        for (PollPitch pitch : pitches) {
            if (!pollable.contains(pitch.ideaId())) {
                throw new RetentionRuleBroken(RetentionRuleBroken.Rule.NOT_POLLABLE);
            }
            if (!chosen.add(pitch.ideaId())) {
                throw new RetentionRuleBroken(RetentionRuleBroken.Rule.POLLED_TWICE);
            }
        }
        Instant now = clock.instant();
        List<Long> opened = pitches.stream().map(pitch -> {
            PurchaseIntentPoll poll = new PurchaseIntentPoll(campaignId, pitch.ideaId(), pitch, caller.userId(), now,
                    POLL_WINDOW);
            polls.add(poll);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("ideaId", String.valueOf(pitch.ideaId()));
            details.put("closesAt", poll.getClosesAt().toString());
            auditTrail.record(AuditAction.PURCHASE_INTENT_POLL_OPENED, AuditSubject.PURCHASE_INTENT_POLL,
                    poll.getId(), campaignId, details);
            return poll.getId();
        }).toList();
        tasks.complete(task, Map.of(POLLS_OPENED, opened.size()));
        return opened;
    }

    /** The open polls the signed-in pool partner may answer: every one but those on their own ideas. */
    @RolesAllowed(Groups.PARTNER)
    public List<OpenPollView> pollsToAnswer() {
        String userId = caller.userId();
        if (pool.byUserId(userId).filter(Partner::isInPool).isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<Long> ownIdeas = ideas.writtenBy(userId).stream().map(Idea::getId).collect(Collectors.toSet());
        List<PurchaseIntentPoll> open = polls.notClosed().stream()
                .filter(poll -> poll.isOpenAt(now) && !ownIdeas.contains(poll.getIdeaId()))
                .toList();
        Map<Long, PurchaseIntent> mine = polls.answersOf(userId, open.stream().map(PurchaseIntentPoll::getId).toList());
        Function<Long, String> campaignTitle = titles();
        return open.stream()
                .map(poll -> new OpenPollView(poll.getId(), campaignTitle.apply(poll.getCampaignId()),
                        poll.getHeadline(), poll.getDescription(), poll.getClosesAt(), mine.get(poll.getId())))
                .toList();
    }

    /** The signed-in pool partner answers a poll, or changes their answer while it is open. */
    @RolesAllowed(Groups.PARTNER)
    public void answer(@NotNull Long pollId, @NotNull PurchaseIntent intent) {
        String userId = caller.userId();
        if (pool.byUserId(userId).filter(Partner::isInPool).isEmpty()) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.LEFT_POOL);
        }
        PurchaseIntentPoll poll = polls.find(pollId)
                .orElseThrow(() -> new RetentionRuleBroken(RetentionRuleBroken.Rule.POLL_NOT_FOUND));
        if (ideas.require(poll.getIdeaId()).isWrittenBy(userId)) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.OWN_IDEA_POLL);
        }
        Instant now = clock.instant();
        if (!poll.isOpenAt(now)) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.POLL_CLOSED);
        }
        polls.answer(pollId, userId).ifPresentOrElse(answer -> answer.change(intent, now),
                () -> polls.add(new PurchaseIntentAnswer(poll, userId, intent, now)));
    }

    /** Every poll with what the pool said so far, newest first. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.EXECUTIVE})
    public List<PollResult> results() {
        List<PurchaseIntentPoll> all = polls.all();
        Map<Long, Map<PurchaseIntent, Long>> counted = polls.counted(all.stream().map(PurchaseIntentPoll::getId).toList());
        Function<Long, String> campaignTitle = titles();
        return all.stream()
                .map(poll -> PollResult.of(poll, campaignTitle.apply(poll.getCampaignId()),
                        counted.getOrDefault(poll.getId(), Map.of())))
                .toList();
    }

    private List<Idea> pollable(Long campaignId) {
        return ideas.ofCampaign(campaignId, RetentionRepository.ACCEPTED);
    }

    private Campaign campaignOf(Task task) {
        return campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
    }

    /** Campaign titles looked up once each. */
    private Function<Long, String> titles() {
        Map<Long, String> known = new HashMap<>();
        return campaignId -> known.computeIfAbsent(campaignId,
                id -> campaigns.campaign(id).map(Campaign::getTitle).orElse(null));
    }
}
