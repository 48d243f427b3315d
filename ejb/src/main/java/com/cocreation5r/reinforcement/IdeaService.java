package com.cocreation5r.reinforcement;

import static com.cocreation5r.process.ReinforcementProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.ReinforcementProcess.DRAFT_IDEAS;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaVote;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Ideas in Reinforcement as partners and the community work on them: a partner drafts ideas in
 * their drafting task and submits them to the cohort, warned by the feasibility rules; during
 * the refinement window the cohort comments on, revises and votes on the submitted ideas; the
 * community manager showcases exemplary ones. Every read goes through {@link IdeaAccess}.
 */
@Stateless
@ActAsCaller
public class IdeaService {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private IdeaAccess access;

    @Inject
    private FeasibilityRules rules;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private MissionRepository missions;

    @Inject
    private PartnerPool partners;

    @Inject
    private TaskAccess tasks;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    // ------------------------------------------------------------------ drafting (the partner's own task)

    @RolesAllowed(Groups.PARTNER)
    public DraftingView draftingOfTask(@NotNull String taskId) {
        Long campaignId = campaignOfDraftTask(taskId);
        Campaign campaign = campaigns.require(campaignId);
        ReinforcementStage stage = reinforcement.requireStage(campaignId);
        MissionDraft mission = missions.ofCampaign(campaignId).map(m -> m.draft()).orElse(null);
        List<DraftingView.OwnIdea> own = new ArrayList<>();
        List<Idea> written = ideas.writtenBy(caller.userId()).stream()
                .filter(idea -> idea.getCampaignId().equals(campaignId)).toList();
        Map<Long, IdeaProposal> proposals = reinforcement.proposals(written.stream().map(Idea::getId).toList());
        for (Idea idea : written) {
            IdeaProposal proposal = proposals.get(idea.getId());
            FeasibilityFacts facts = proposal == null ? FeasibilityFacts.NONE : proposal.facts();
            own.add(new DraftingView.OwnIdea(idea.getId(), new IdeaDraft(idea.getContent(), idea.getSubMission(), facts),
                    proposal != null && proposal.isSubmitted(),
                    reinforcement.latestCheck(idea.getId()).map(FeasibilityCheck::getWarnings).orElse(List.of())));
        }
        return new DraftingView(campaignId, campaign.getTitle(), mission == null ? null : mission.ideasSought(),
                mission == null ? List.of() : mission.subMissions(), stage.getToolkitGuide(),
                stage.getDraftingDeadline(), stage.getRefinementDeadline(), own);
    }

    /** The warnings the feasibility rules give for the idea as drafted; nothing is stored. */
    @RolesAllowed(Groups.PARTNER)
    public List<FeasibilityWarning> checkFeasibility(@NotNull String taskId, @NotNull @Valid IdeaDraft draft) {
        Long campaignId = campaignOfDraftTask(taskId);
        return rules.check(campaignId, blankToNull(draft.subMission()), draft.facts());
    }

    /** Saves a new draft ({@code ideaId} null) or the next revision of one of the caller's drafts. */
    @RolesAllowed(Groups.PARTNER)
    public Long saveDraft(@NotNull String taskId, Long ideaId, @NotNull @Valid IdeaDraft draft) {
        Long campaignId = campaignOfDraftTask(taskId);
        return save(campaignId, ideaId, draft).getId();
    }

    /**
     * Saves the draft and submits it to the cohort. If the feasibility rules warn, the partner
     * must confirm the warnings; they are stored with the idea either way.
     */
    @RolesAllowed(Groups.PARTNER)
    public Long submitToCohort(@NotNull String taskId, Long ideaId, @NotNull @Valid IdeaDraft draft,
            boolean warningsConfirmed) {
        Long campaignId = campaignOfDraftTask(taskId);
        Idea idea = save(campaignId, ideaId, draft);
        List<FeasibilityWarning> warnings = rules.check(campaignId, idea.getSubMission(), draft.facts());
        if (!warnings.isEmpty() && !warningsConfirmed) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.WARNINGS_NOT_CONFIRMED);
        }
        Instant now = clock.instant();
        reinforcement.proposal(idea.getId()).orElseThrow().submitToCohort(now);
        reinforcement.add(new FeasibilityCheck(idea.getId(), idea.getRevisions().size(), warnings, warningsConfirmed,
                caller.userId(), now));
        auditTrail.record(AuditAction.IDEA_SUBMITTED_TO_COHORT, AuditSubject.IDEA, idea.getId(), campaignId,
                Map.of("revision", String.valueOf(idea.getRevisions().size()),
                        "warnings", warnings.stream().map(FeasibilityWarning::getCode).distinct().sorted()
                                .reduce((a, b) -> a + "," + b).orElse("")));
        return idea.getId();
    }

    /** The partner is done drafting for this campaign; their submitted ideas go on to refinement. */
    @RolesAllowed(Groups.PARTNER)
    public void finishDrafting(@NotNull String taskId) {
        Task task = tasks.requireClaimedByCaller(taskId, DRAFT_IDEAS);
        tasks.complete(task, Map.of());
    }

    private Idea save(Long campaignId, Long ideaId, IdeaDraft draft) {
        reinforcement.requireStage(campaignId).requirePhase(ReinforcementPhase.DRAFTING);
        String subMission = blankToNull(draft.subMission());
        List<String> offered = missions.ofCampaign(campaignId).map(m -> m.draft().subMissions()).orElse(List.of());
        if (subMission != null && !offered.contains(subMission)) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.UNKNOWN_SUB_MISSION);
        }
        String me = caller.userId();
        Instant now = clock.instant();
        IdeaContent content = stripped(draft.content());
        if (ideaId == null) {
            Partner partner = partners.byUserId(me).orElseThrow(() -> new EJBAccessException("Not a partner"));
            Idea idea = new Idea(campaignId, partner, subMission, content, now);
            ideas.add(idea);
            reinforcement.add(new IdeaProposal(idea.getId(), campaignId, draft.facts()));
            return idea;
        }
        Idea idea = ideas.find(ideaId).filter(found -> found.isWrittenBy(me) && found.getCampaignId().equals(campaignId))
                .orElseThrow(() -> new IdeaNotFound(ideaId));
        IdeaProposal proposal = reinforcement.proposal(ideaId).orElseThrow(() -> new IdeaNotFound(ideaId));
        if (proposal.isSubmitted()) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.ALREADY_SUBMITTED);
        }
        idea.chooseSubMission(subMission);
        if (!idea.getContent().equals(content)) {
            idea.revise(content, me, now, null);
        }
        proposal.state(draft.facts());
        return idea;
    }

    private Long campaignOfDraftTask(String taskId) {
        Task task = tasks.requireClaimedByCaller(taskId, DRAFT_IDEAS);
        return tasks.variable(task, CAMPAIGN_ID, Long.class);
    }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Groups.PARTNER, Groups.COMMUNITY_MANAGER, Groups.PROGRAM_MANAGER})
    public IdeaDetail idea(@NotNull Long ideaId) {
        Idea idea = access.requireReadable(ideaId);
        String me = caller.userId();
        IdeaProposal proposal = reinforcement.proposal(ideaId).orElse(null);
        ReinforcementPhase phase = reinforcement.stage(idea.getCampaignId()).map(ReinforcementStage::getPhase)
                .orElse(null);
        FeasibilityCheck check = reinforcement.latestCheck(ideaId).orElse(null);
        boolean mine = idea.isWrittenBy(me);
        boolean window = access.inRefinementWindow(idea);
        boolean inCohort = access.inCohort(idea.getCampaignId());
        boolean communityManager = access.isCommunityManager();
        List<IdeaDetail.RevisionView> revisions = idea.getRevisions().stream()
                .map(r -> new IdeaDetail.RevisionView(r.getNumber(), r.getRevisedBy(), r.getRevisedAt(), r.getNote(),
                        r.getContent()))
                .toList();
        List<IdeaDetail.CommentView> comments = reinforcement.comments(ideaId).stream()
                .map(c -> new IdeaDetail.CommentView(c.getAuthorUserId(), c.getText(), c.getCreatedAt()))
                .toList();
        return new IdeaDetail(summary(idea, proposal, campaigns.require(idea.getCampaignId()).getTitle()),
                idea.getContent().description(), idea.getSubMission(),
                proposal == null ? FeasibilityFacts.NONE : proposal.facts(),
                check == null ? List.of() : check.getWarnings(), check != null && check.isWarningsConfirmed(),
                revisions, comments, ideas.vote(ideaId, me).map(IdeaVote::getStars).orElse(null),
                reinforcement.voteCount(ideaId), phase, mine,
                window && inCohort, window && (inCohort || communityManager), window && inCohort && !mine,
                communityManager && proposal != null && proposal.isSubmitted() && !proposal.isShowcased()
                        && (phase == ReinforcementPhase.REFINEMENT || phase == ReinforcementPhase.CLOSED),
                mine && inCohort && phase != null && phase != ReinforcementPhase.CLOSED);
    }

    /** The caller's own ideas, in every campaign, newest first. */
    @RolesAllowed(Groups.PARTNER)
    public List<IdeaSummary> myIdeas() {
        return summaries(ideas.writtenBy(caller.userId()));
    }

    /**
     * The ideas the caller may refine now: for a partner those submitted in their cohorts whose
     * refinement window is open; for community and program managers those of every such campaign.
     */
    @RolesAllowed({Groups.PARTNER, Groups.COMMUNITY_MANAGER, Groups.PROGRAM_MANAGER})
    public List<IdeaSummary> ideasInRefinement() {
        List<Idea> found = new ArrayList<>();
        for (Long campaignId : visibleCampaigns(reinforcement.campaignsInPhase(ReinforcementPhase.REFINEMENT))) {
            reinforcement.submittedToCohort(campaignId).forEach(p -> ideas.find(p.getIdeaId()).ifPresent(found::add));
        }
        return summaries(found);
    }

    /** Exemplary ideas the community manager showcased, in the caller's cohorts (staff: all). */
    @RolesAllowed({Groups.PARTNER, Groups.COMMUNITY_MANAGER, Groups.PROGRAM_MANAGER})
    public List<IdeaSummary> showcase() {
        List<Idea> found = new ArrayList<>();
        reinforcement.showcased(visibleCampaigns(reinforcement.campaignsWithStage()))
                .forEach(p -> ideas.find(p.getIdeaId()).ifPresent(found::add));
        return summaries(found);
    }

    private List<Long> visibleCampaigns(List<Long> campaignIds) {
        if (access.isStaff()) {
            return campaignIds;
        }
        return campaignIds.stream().filter(access::inCohort).toList();
    }

    private List<IdeaSummary> summaries(Collection<Idea> list) {
        Map<Long, IdeaProposal> proposals = reinforcement.proposals(list.stream().map(Idea::getId).toList());
        Map<Long, String> titles = new HashMap<>();
        return list.stream().map(idea -> summary(idea, proposals.get(idea.getId()),
                titles.computeIfAbsent(idea.getCampaignId(), id -> campaigns.require(id).getTitle()))).toList();
    }

    private static IdeaSummary summary(Idea idea, IdeaProposal proposal, String campaignTitle) {
        IdeaContent content = idea.getContent();
        return new IdeaSummary(idea.getId(), idea.getCampaignId(), campaignTitle, content.title(), content.summary(),
                idea.getAuthorUserId(), idea.getStatus(), proposal == null ? null : proposal.getSubmittedAt(),
                proposal != null && proposal.isShowcased(), proposal == null ? null : proposal.getShowcaseReason());
    }

    // ------------------------------------------------------------------ refinement

    /** A comment of a cohort member or the community manager, during the refinement window. */
    @RolesAllowed({Groups.PARTNER, Groups.COMMUNITY_MANAGER})
    public void comment(@NotNull Long ideaId,
            @NotBlank(message = "{idea.comment.required}") @Size(max = 2000, message = "{idea.comment.size}")
            String comment) {
        Idea idea = access.requireReadable(ideaId);
        if (!access.inRefinementWindow(idea) || !(access.inCohort(idea.getCampaignId()) || access.isCommunityManager())) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.REFINEMENT_NOT_OPEN);
        }
        IdeaComment added = new IdeaComment(ideaId, caller.userId(), comment, clock.instant());
        reinforcement.add(added);
        auditTrail.record(AuditAction.IDEA_COMMENTED, AuditSubject.IDEA, ideaId, idea.getCampaignId(),
                Map.of("comment", String.valueOf(added.getId())));
    }

    /** A cohort member improves an idea, the author's or another's; the revision says by whom and why. */
    @RolesAllowed(Groups.PARTNER)
    public void revise(@NotNull Long ideaId, @NotNull @Valid IdeaContent content,
            @NotBlank(message = "{idea.revision.note.required}") @Size(max = 500, message = "{idea.revision.note.size}")
            String note) {
        Idea idea = access.requireRevisable(ideaId);
        var revision = idea.revise(stripped(content), caller.userId(), clock.instant(), note.strip());
        auditTrail.record(AuditAction.IDEA_REVISED, AuditSubject.IDEA, ideaId, idea.getCampaignId(),
                Map.of("revision", String.valueOf(revision.getNumber())));
    }

    /** A cohort member's 1-5 star vote on another's idea; voting again changes the vote. */
    @RolesAllowed(Groups.PARTNER)
    public void vote(@NotNull Long ideaId,
            @Min(value = IdeaVote.MIN_STARS, message = "{idea.vote.range}")
            @Max(value = IdeaVote.MAX_STARS, message = "{idea.vote.range}") int stars) {
        Idea idea = access.requireRevisable(ideaId);
        String me = caller.userId();
        if (idea.isWrittenBy(me)) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.OWN_IDEA);
        }
        Instant now = clock.instant();
        ideas.vote(ideaId, me).ifPresentOrElse(vote -> vote.change(stars, now),
                () -> ideas.add(new IdeaVote(idea, me, stars, now)));
        auditTrail.record(AuditAction.IDEA_VOTED, AuditSubject.IDEA, ideaId, idea.getCampaignId(),
                Map.of("stars", String.valueOf(stars)));
    }

    /** The community manager shows a submitted idea to the cohort as an example. */
    @RolesAllowed(Groups.COMMUNITY_MANAGER)
    public void showcase(@NotNull Long ideaId,
            @NotBlank(message = "{idea.showcase.reason.required}") @Size(max = 500, message = "{idea.showcase.reason.size}")
            String reason) {
        Idea idea = access.requireReadable(ideaId);
        IdeaProposal proposal = reinforcement.proposal(ideaId).filter(IdeaProposal::isSubmitted)
                .orElseThrow(() -> new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.NOT_SUBMITTED_TO_COHORT));
        ReinforcementPhase phase = reinforcement.requireStage(idea.getCampaignId()).getPhase();
        if (phase == ReinforcementPhase.DRAFTING) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.REFINEMENT_NOT_OPEN);
        }
        proposal.showcase(caller.userId(), reason, clock.instant());
        auditTrail.record(AuditAction.IDEA_SHOWCASED, AuditSubject.IDEA, ideaId, idea.getCampaignId(), Map.of());
    }

    private static IdeaContent stripped(IdeaContent content) {
        return new IdeaContent(content.title().strip(), content.summary().strip(), content.description().strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
