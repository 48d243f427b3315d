package com.cocreation5r.reinforcement;

import java.time.Instant;
import java.util.List;

/**
 * What a partner's drafting task shows: the mission's ask, the toolkit guide, the dates, and the
 * partner's own ideas for this campaign with the rules' warnings on each.
 */
public record DraftingView(Long campaignId, String campaignTitle, String ideasSought, List<String> subMissions,
        String toolkitGuide, Instant draftingDeadline, Instant refinementDeadline, List<OwnIdea> ideas) {

    /** One of the partner's ideas, as the form edits it. */
    public record OwnIdea(Long id, IdeaDraft draft, boolean submittedToCohort, List<FeasibilityWarning> warnings) {
    }
}
