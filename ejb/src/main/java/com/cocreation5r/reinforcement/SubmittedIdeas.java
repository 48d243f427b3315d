package com.cocreation5r.reinforcement;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;

/**
 * What Reinforcement hands over: the ids of a campaign's {@code SUBMITTED} ideas, for the
 * campaign's multi-instance Realization ({@code collection="${submittedIdeas.ofCampaign(campaignId)}"}).
 */
@ModelFunctions
@Named(ReinforcementProcess.SUBMITTED_IDEAS_BEAN)
@Dependent
public class SubmittedIdeas {

    @Inject
    private IdeaRepository ideas;

    public List<Long> ofCampaign(Long campaignId) {
        return ideas.ofCampaign(campaignId, EnumSet.of(IdeaStatus.SUBMITTED)).stream().map(Idea::getId).toList();
    }
}
