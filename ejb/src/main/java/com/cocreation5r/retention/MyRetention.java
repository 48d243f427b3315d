package com.cocreation5r.retention;

import com.cocreation5r.partner.Honour;
import java.util.List;

/**
 * A partner's own page: what became of their ideas, what their contributions earned, who mentors
 * them and whom they mentor. Only ever built for the signed-in partner.
 */
public record MyRetention(Honour honour, List<IdeaOutcome> ideas, List<ContributionView> contributions,
        String mentorName, List<String> menteeNames) {
}
