package com.cocreation5r.realization;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * An idea as staff see it on a Realization task: as submitted, with its campaign, and with the
 * partner's name unless the viewer may not know who the partner is (evaluators under blind review).
 */
public record IdeaDossier(Long ideaId, Long campaignId, String campaignTitle, String title, String summary,
        String description, String subMission, String partnerName, Instant submittedAt, int realizationRound,
        IdeaStatus status) implements Serializable {

    public static IdeaDossier of(Idea idea, Campaign campaign, boolean revealPartner) {
        return new IdeaDossier(idea.getId(), campaign.getId(), campaign.getTitle(), idea.getTitle(),
                idea.getContent().summary(), idea.getContent().description(), idea.getSubMission(),
                revealPartner ? idea.getPartner().getCandidate().getFullName() : null, idea.getSubmittedAt(),
                idea.getRealizationRound(), idea.getStatus());
    }

    public boolean partnerHidden() {
        return partnerName == null;
    }
}
