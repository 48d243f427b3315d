package com.cocreation5r.reinforcement;

import static com.cocreation5r.process.SupportRequestProcess.ANSWER_SUPPORT_REQUEST;
import static com.cocreation5r.process.SupportRequestProcess.SUPPORT_REQUEST_ID;

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
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.SupportRequestProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;

/**
 * Partners ask the community manager for support at any time of the stage; the community manager
 * (or, once the response deadline passed, a program manager) answers in the request's task.
 */
@Stateless
@ActAsCaller
public class SupportService {

    static final String SUPPORT_ANSWERED = "reinforcement.supportAnswered";

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private ReinforcementCohort cohort;

    @Inject
    private IdeaAccess access;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private PartnerPool partners;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private IdentityService identityService;

    @Inject
    private TaskAccess tasks;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * A cohort member's question, about the stage or one of their ideas ({@code ideaId}, may be
     * null); it becomes a task of the community managers with a response deadline.
     */
    @RolesAllowed(Groups.PARTNER)
    public Long raise(@NotNull Long campaignId, Long ideaId,
            @NotBlank(message = "{support.question.required}") @Size(max = 2000, message = "{support.question.size}")
            String question) {
        String me = caller.userId();
        if (!cohort.includes(campaignId, me)) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.NOT_IN_COHORT);
        }
        if (ideaId != null) {
            Idea idea = access.requireReadable(ideaId);
            if (!idea.getCampaignId().equals(campaignId)) {
                throw new IdeaNotFound(ideaId);
            }
        }
        if (reinforcement.stage(campaignId).map(s -> s.getPhase() == ReinforcementPhase.CLOSED).orElse(false)) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.STAGE_CLOSED);
        }
        Campaign campaign = campaigns.require(campaignId);
        SupportRequest request = new SupportRequest(campaignId, ideaId, me, question, clock.instant());
        reinforcement.add(request);
        handToStage(campaign, request.getId());
        auditTrail.record(AuditAction.SUPPORT_REQUESTED, AuditSubject.SUPPORT_REQUEST, request.getId(), campaignId,
                ideaId == null ? Map.of() : Map.of("idea", String.valueOf(ideaId)));
        return request.getId();
    }

    /**
     * Starts the request's own process under the campaign's business key, while the stage runs: it
     * carries on to an answer even after the stage ends. Partners hold no rights on internal
     * processes; having checked that the caller is in the cohort, the application starts it itself,
     * as the job executor would.
     */
    private void handToStage(Campaign campaign, Long requestId) {
        Authentication partner = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            boolean stageRunning = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(ReinforcementProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(campaign.getBusinessKey())
                    .active().count() > 0;
            if (!stageRunning) {
                throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.STAGE_CLOSED);
            }
            runtimeService.startProcessInstanceByKey(SupportRequestProcess.PROCESS_KEY, campaign.getBusinessKey(),
                    Map.of(SupportRequestProcess.CAMPAIGN_ID, campaign.getId(), SUPPORT_REQUEST_ID, requestId));
        } finally {
            identityService.setAuthentication(partner);
        }
    }

    @RolesAllowed({Groups.COMMUNITY_MANAGER, Groups.PROGRAM_MANAGER})
    public SupportRequestView requestOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        if (!ANSWER_SUPPORT_REQUEST.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        return view(requestOf(task));
    }

    /** Answers the request, tells the partner and completes the task. */
    @RolesAllowed({Groups.COMMUNITY_MANAGER, Groups.PROGRAM_MANAGER})
    public void answer(@NotNull String taskId,
            @NotBlank(message = "{support.answer.required}") @Size(max = 4000, message = "{support.answer.size}")
            String answer) {
        Task task = tasks.requireClaimedByCaller(taskId, ANSWER_SUPPORT_REQUEST);
        SupportRequest request = requestOf(task);
        Instant now = clock.instant();
        request.answer(answer, caller.userId(), now);
        partners.byUserId(request.getRaisedBy()).ifPresent(partner -> notifications.add(new Notification(
                partner.getCandidate().getEmail(), partner.getCandidate().getFullName(), request.getCampaignId(),
                SUPPORT_ANSWERED, now)));
        tasks.complete(task, Map.of());
        auditTrail.record(AuditAction.SUPPORT_REQUEST_ANSWERED, AuditSubject.SUPPORT_REQUEST, request.getId(),
                request.getCampaignId(), Map.of());
    }

    /** The caller's own support requests with their answers, newest first. */
    @RolesAllowed(Groups.PARTNER)
    public List<SupportRequestView> mySupportRequests() {
        return reinforcement.supportRequestsRaisedBy(caller.userId()).stream().map(this::view).toList();
    }

    /** The campaigns whose stage the caller may ask for support in: their cohorts, stage not over. */
    @RolesAllowed(Groups.PARTNER)
    public List<CampaignRef> campaignsToAsk() {
        String me = caller.userId();
        return reinforcement.campaignsWithStage().stream()
                .filter(id -> cohort.includes(id, me))
                .filter(id -> reinforcement.requireStage(id).getPhase() != ReinforcementPhase.CLOSED)
                .map(id -> new CampaignRef(id, campaigns.require(id).getTitle()))
                .toList();
    }

    private SupportRequest requestOf(Task task) {
        Long requestId = tasks.variable(task, SUPPORT_REQUEST_ID, Long.class);
        return reinforcement.supportRequest(requestId).orElseThrow(() ->
                new IllegalStateException("Task " + task.getId() + " names no support request"));
    }

    private SupportRequestView view(SupportRequest request) {
        String ideaTitle = request.getIdeaId() == null ? null
                : ideas.find(request.getIdeaId()).map(Idea::getTitle).orElse(null);
        return new SupportRequestView(request.getId(), request.getCampaignId(),
                campaigns.require(request.getCampaignId()).getTitle(), request.getIdeaId(), ideaTitle,
                request.getRaisedBy(), request.getQuestion(), request.getRaisedAt(), request.getStatus(),
                request.getAnswer(), request.getAnsweredBy(), request.getAnsweredAt());
    }

    /** A campaign by id and title, to choose from. */
    public record CampaignRef(Long id, String title) {
    }
}
