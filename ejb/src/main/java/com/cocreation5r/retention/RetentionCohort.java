package com.cocreation5r.retention;

import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.mission.TermsDecision;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The partners a campaign's Retention handles: those who accepted its terms and are still in the
 * pool. The Retention process reads them through this bean, so no list is stored as a variable.
 */
@ModelFunctions
@Named(RetentionProcess.COHORT_BEAN)
@Dependent
public class RetentionCohort {

    @Inject
    private MissionRepository missions;

    /** Engine user ids, in the order they were invited. */
    public List<String> partnerUserIds(Long campaignId) {
        return missions.acceptances(campaignId).stream()
                .filter(acceptance -> acceptance.getDecision() == TermsDecision.ACCEPTED)
                .filter(acceptance -> acceptance.getPartner().isInPool())
                .map(TermsAcceptance::getUserId)
                .toList();
    }
}
