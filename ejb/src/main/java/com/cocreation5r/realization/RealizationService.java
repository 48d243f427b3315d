package com.cocreation5r.realization;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.evaluation.IdeaScore;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.TaskActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Realization beyond the single tasks: the executives' direct channel (every idea as submitted,
 * and the fast-track), the partner's view of their own ideas, and the archive, searched by staff
 * and reopened into a new Realization by program managers and internal experts.
 */
@Stateless
@ActAsCaller
public class RealizationService {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RealizationRepository realization;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private RealizationLauncher launcher;

    @Inject
    private RealizationActions actions;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Every submitted idea of every campaign, unfiltered and as submitted, newest first. */
    @RolesAllowed(Groups.EXECUTIVE)
    public List<DirectChannelIdea> directChannel() {
        Map<Long, Campaign> campaignsById = new HashMap<>();
        return realization.submittedIdeas().stream().map(idea -> {
            Campaign campaign = campaignsById.computeIfAbsent(idea.getCampaignId(), campaigns::require);
            return new DirectChannelIdea(idea.getId(), campaign.getTitle(), idea.getTitle(),
                    idea.getContent().summary(), idea.getContent().description(),
                    idea.getPartner().getCandidate().getFullName(), idea.getSubmittedAt(), idea.getStatus(),
                    RealizationActions.BEFORE_DECISION.contains(idea.getStatus()));
        }).toList();
    }

    /**
     * An executive takes an idea straight to acceptance, wherever its triage or evaluation stands;
     * open triage and evaluation tasks are withdrawn and the execution department is asked next.
     */
    @RolesAllowed(Groups.EXECUTIVE)
    public void fastTrack(@NotNull Long ideaId,
            @NotBlank(message = "{fastTrack.reason.required}") @Size(max = 1000, message = "{comment.tooLong}")
            String reason) {
        try {
            actions.fastTrack(ideas.require(ideaId), caller.userId(), reason);
        } catch (AuthorizationException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, null, e);
        }
    }

    /** The signed-in partner's own ideas, with the score once it is published to them. */
    @RolesAllowed(Groups.PARTNER)
    public List<PartnerIdeaView> myIdeas() {
        return ideas.writtenBy(caller.userId()).stream().map(idea -> {
            int round = idea.getRealizationRound();
            boolean decided = !RealizationActions.BEFORE_DECISION.contains(idea.getStatus());
            return new PartnerIdeaView(idea.getId(), idea.getTitle(), idea.getStatus(), round,
                    decided ? evaluations.score(idea.getId(), round).map(IdeaScore::getWeightedScore).orElse(null)
                            : null,
                    realization.explanation(idea.getId(), round).isPresent());
        }).toList();
    }

    /** One page of the ideas in the archive that match the search, last archived first; the database pages. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT, Groups.TRIAGE_MANAGER, Groups.EXECUTIVE})
    public ArchivePage searchArchive(@NotNull @Valid ArchiveSearch search, @PositiveOrZero int first,
            @Min(1) @Max(100) int pageSize) {
        Map<Long, Campaign> campaignsById = new HashMap<>();
        List<ArchivedIdeaView> page = realization.archivedIdeas(search, clock.getZone(), first, pageSize).stream()
                .map(row -> {
                    Idea idea = (Idea) row[0];
                    IdeaArchiveEntry entry = (IdeaArchiveEntry) row[1];
                    Campaign campaign = campaignsById.computeIfAbsent(idea.getCampaignId(), campaigns::require);
                    return new ArchivedIdeaView(idea.getId(), idea.getCampaignId(), idea.getTitle(),
                            idea.getContent().summary(), entry.getReason(), entry.getArchivedAt(),
                            idea.getRealizationRound(), campaign.getTitle(),
                            idea.getPartner().getCandidate().getFullName());
                }).toList();
        return new ArchivePage(page, realization.countArchivedIdeas(search, clock.getZone()));
    }

    /** The campaigns the archive can be narrowed to, newest first. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT, Groups.TRIAGE_MANAGER, Groups.EXECUTIVE})
    public List<CampaignSummary> archiveCampaigns() {
        return campaigns.all().stream().map(CampaignSummary::of).toList();
    }

    /**
     * An idea that went to the archive at least once, with every Realization that ended there;
     * ideas that never did are not found here.
     */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT, Groups.TRIAGE_MANAGER, Groups.EXECUTIVE})
    public ArchivedIdeaHistory archivedIdea(@NotNull Long ideaId) {
        Idea idea = ideas.require(ideaId);
        List<IdeaArchiveEntry> entries = realization.archiveEntries(ideaId);
        if (entries.isEmpty()) {
            throw new IdeaNotFound(ideaId);
        }
        List<ArchivedRound> rounds = entries.stream().map(entry -> new ArchivedRound(entry.getRealizationRound(),
                entry.getReason(), entry.getArchivedAt(),
                realization.explanation(ideaId, entry.getRealizationRound()).map(StaffExplanationView::of).orElse(null),
                entry.getReopenedBy(), entry.getReopenedAt(), entry.getReopenReason())).toList();
        return new ArchivedIdeaHistory(idea.getId(), campaigns.require(idea.getCampaignId()).getTitle(),
                idea.getTitle(), idea.getContent().summary(), idea.getContent().description(),
                idea.getPartner().getCandidate().getFullName(), idea.getStatus(), rounds);
    }

    /** Reopens an archived idea into a new Realization of the same campaign; says why, for the record. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT})
    public String reopen(@NotNull Long ideaId,
            @NotBlank(message = "{reopen.reason.required}") @Size(max = 1000, message = "{comment.tooLong}")
            String reason) {
        Idea idea = ideas.require(ideaId);
        if (idea.getStatus() != IdeaStatus.ARCHIVED) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.NOT_ARCHIVED);
        }
        int archivedRound = idea.getRealizationRound();
        realization.archiveEntry(idea.getId(), archivedRound).orElseThrow()
                .reopened(caller.userId(), reason, clock.instant());
        ProcessInstance started;
        try {
            started = launcher.start(idea);
        } catch (AuthorizationException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, null, e);
        }
        auditTrail.record(AuditAction.IDEA_REOPENED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("archivedRound", String.valueOf(archivedRound),
                        "newRound", String.valueOf(idea.getRealizationRound()),
                        "processInstanceId", started.getId()));
        return started.getId();
    }
}
