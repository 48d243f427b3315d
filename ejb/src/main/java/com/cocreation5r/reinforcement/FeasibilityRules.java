package com.cocreation5r.reinforcement;

import static com.cocreation5r.process.IdeaFeasibilityDecision.*;

import com.cocreation5r.mission.Mission;
import com.cocreation5r.mission.MissionRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;

/**
 * Asks the engine's decision service which feasibility rules an idea breaks. The rules live in
 * the {@code ideaFeasibility} decision table that process owners edit; the latest deployed version
 * applies. The decision runs as the caller, so only roles granted it may evaluate it.
 */
@Dependent
public class FeasibilityRules {

    @Inject
    private DecisionService decisionService;

    @Inject
    private MissionRepository missions;

    /** The warnings for the idea as drafted, each rule once, in the table's order. */
    public List<FeasibilityWarning> check(Long campaignId, String subMission, FeasibilityFacts facts) {
        List<String> subMissions = missions.ofCampaign(campaignId).map(Mission::draft)
                .map(draft -> draft.subMissions()).orElse(List.of());
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(ESTIMATED_COST, facts.estimatedCost());
        inputs.put(MONTHS_TO_MARKET, facts.monthsToMarket());
        inputs.put(NEEDS_NEW_PRODUCTION_LINE, facts.needsNewProductionLine());
        inputs.put(MAKES_REGULATORY_CLAIMS, facts.makesRegulatoryClaims());
        inputs.put(INGREDIENTS, facts.ingredients() == null ? "" : facts.ingredients().toLowerCase(java.util.Locale.ROOT));
        inputs.put(MISSION_HAS_SUB_MISSIONS, !subMissions.isEmpty());
        inputs.put(SUB_MISSION_CHOSEN, subMission != null && !subMission.isBlank());
        DmnDecisionResult result;
        try {
            result = decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
        } catch (AuthorizationException e) {
            throw new jakarta.ejb.EJBAccessException("Not allowed to evaluate " + DECISION_KEY);
        }
        Set<FeasibilityWarning> warnings = new LinkedHashSet<>();
        result.getResultList().forEach(entries -> warnings.add(new FeasibilityWarning(
                String.valueOf(entries.get(WARNING)), (String) entries.get(EXPLANATION))));
        return List.copyOf(warnings);
    }
}
