package com.cocreation5r.retention;

import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether a campaign's Retention offers purchase-intent polls: only ideas the company took on are polled. */
@ModelFunctions
@Named(RetentionProcess.POLLABLE_IDEAS_BEAN)
@Dependent
public class PollableIdeas {

    @Inject
    private IdeaRepository ideas;

    /** The campaign's ideas accepted, in execution or implemented. */
    public long count(Long campaignId) {
        return ideas.ofCampaign(campaignId, RetentionRepository.ACCEPTED).size();
    }
}
