package com.cocreation5r.contact;

import com.cocreation5r.campaign.CampaignStage;
import java.time.Instant;

/**
 * The contact of one stage as users see it. Until a program manager names someone, the campaign's
 * program manager answers for the stage: {@code named} is then false and there is no reach or date.
 */
public record StageContactView(CampaignStage stage, String userId, String fullName, String reach, boolean named,
        Instant namedAt) {
}
