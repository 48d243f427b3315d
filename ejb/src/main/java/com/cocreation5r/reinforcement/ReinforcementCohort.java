package com.cocreation5r.reinforcement;

import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsDecision;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The cohort of a campaign in Reinforcement: the partners who accepted its terms in R&amp;R. The
 * stage's drafting tasks are one per element of {@link #of}, read from the database when the
 * tasks are created rather than kept in a process variable.
 */
@ModelFunctions
@Named(ReinforcementProcess.COHORT_BEAN)
@Dependent
public class ReinforcementCohort {

    @Inject
    private MissionRepository missions;

    /** The engine user ids of the campaign's cohort, in the order they were invited. */
    public List<String> of(Long campaignId) {
        return missions.acceptances(campaignId).stream()
                .filter(acceptance -> acceptance.getDecision() == TermsDecision.ACCEPTED)
                .map(TermsAcceptance::getUserId)
                .toList();
    }

    public boolean includes(Long campaignId, String userId) {
        return missions.acceptance(campaignId, userId)
                .filter(acceptance -> acceptance.getDecision() == TermsDecision.ACCEPTED)
                .isPresent();
    }
}
