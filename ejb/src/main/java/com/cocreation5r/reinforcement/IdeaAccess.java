package com.cocreation5r.reinforcement;

import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and work on an idea during Reinforcement. Its partner always sees it; community and
 * program managers see every idea; a member of the campaign's cohort sees the ideas submitted to
 * the cohort while the refinement window is open, and the showcased ones. Anyone else is told the
 * idea does not exist, so ideas of other campaigns cannot be probed.
 */
@Dependent
public class IdeaAccess {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private ReinforcementCohort cohort;

    @Inject
    private Caller caller;

    public boolean isStaff() {
        List<String> groups = caller.groupIds();
        return groups.contains(Groups.COMMUNITY_MANAGER) || groups.contains(Groups.PROGRAM_MANAGER);
    }

    public boolean isCommunityManager() {
        return caller.groupIds().contains(Groups.COMMUNITY_MANAGER);
    }

    public Idea requireReadable(Long ideaId) {
        Idea idea = ideaId == null ? null : ideas.find(ideaId).orElse(null);
        if (idea == null || !mayRead(idea)) {
            throw new IdeaNotFound(ideaId);
        }
        return idea;
    }

    /** The idea, if the caller may revise it now: a member of the cohort during the refinement window. */
    public Idea requireRevisable(Long ideaId) {
        Idea idea = requireReadable(ideaId);
        if (!inRefinementWindow(idea) || !cohort.includes(idea.getCampaignId(), caller.userId())) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.REFINEMENT_NOT_OPEN);
        }
        return idea;
    }

    public boolean mayRead(Idea idea) {
        String me = caller.userId();
        if (idea.isWrittenBy(me) || isStaff()) {
            return true;
        }
        if (!cohort.includes(idea.getCampaignId(), me)) {
            return false;
        }
        Optional<IdeaProposal> proposal = reinforcement.proposal(idea.getId());
        return proposal.map(p -> p.isShowcased() || (p.isSubmitted() && phaseOf(idea) == ReinforcementPhase.REFINEMENT))
                .orElse(false);
    }

    /** Submitted to the cohort, still a draft, and the campaign's window is open. */
    public boolean inRefinementWindow(Idea idea) {
        return idea.getStatus() == IdeaStatus.DRAFT
                && reinforcement.proposal(idea.getId()).map(IdeaProposal::isSubmitted).orElse(false)
                && phaseOf(idea) == ReinforcementPhase.REFINEMENT;
    }

    public boolean inCohort(Long campaignId) {
        return cohort.includes(campaignId, caller.userId());
    }

    private ReinforcementPhase phaseOf(Idea idea) {
        return reinforcement.stage(idea.getCampaignId()).map(ReinforcementStage::getPhase).orElse(null);
    }
}
