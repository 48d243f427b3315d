package com.cocreation5r.process;

import static com.cocreation5r.process.IdeaFeasibilityDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the feasibility table, evaluated by the engine's decision service as the
 * application does: each broken rule gives its warning, a feasible idea none, and an idea that
 * breaks several rules gets every warning (hit policy COLLECT).
 */
@Deployment(resources = "models/idea-feasibility.dmn")
class IdeaFeasibilityDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    static Stream<Arguments> eachRuleBroken() {
        return Stream.of(
                Arguments.of(Map.of(ESTIMATED_COST, COST_LIMIT + 1), COST_ABOVE_BUDGET),
                Arguments.of(Map.of(MONTHS_TO_MARKET, MONTHS_TO_MARKET_LIMIT + 1), TOO_LONG_TO_MARKET),
                Arguments.of(Map.of(NEEDS_NEW_PRODUCTION_LINE, true), NEW_PRODUCTION_LINE),
                Arguments.of(Map.of(MAKES_REGULATORY_CLAIMS, true), REGULATORY_CLAIM),
                Arguments.of(Map.of(INGREDIENTS, "aloe, triclosan, water"), RESTRICTED_INGREDIENT),
                Arguments.of(Map.of(INGREDIENTS, "methylparaben"), RESTRICTED_INGREDIENT),
                Arguments.of(Map.of(INGREDIENTS, "exfoliating microbeads"), RESTRICTED_INGREDIENT),
                Arguments.of(Map.of(MISSION_HAS_SUB_MISSIONS, true, SUB_MISSION_CHOSEN, false), NO_SUB_MISSION));
    }

    @ParameterizedTest
    @MethodSource("eachRuleBroken")
    void eachBrokenRuleGivesItsWarningWithAnExplanation(Map<String, Object> broken, String warning) {
        Map<String, Object> facts = feasible();
        facts.putAll(broken);

        DmnDecisionResult result = evaluate(facts);

        assertThat(result.collectEntries(WARNING)).containsExactly(warning);
        assertThat(result.<String>collectEntries(EXPLANATION)).singleElement().asString().isNotBlank();
    }

    @Test
    void aFeasibleIdeaGetsNoWarningRightAtTheLimits() {
        Map<String, Object> facts = feasible();
        facts.put(ESTIMATED_COST, COST_LIMIT);
        facts.put(MONTHS_TO_MARKET, MONTHS_TO_MARKET_LIMIT);

        assertThat(evaluate(facts).getResultList()).isEmpty();
    }

    @Test
    void aMissionWithoutSubMissionsNeedsNoChoice() {
        Map<String, Object> facts = feasible();
        facts.put(MISSION_HAS_SUB_MISSIONS, false);
        facts.put(SUB_MISSION_CHOSEN, false);

        assertThat(evaluate(facts).getResultList()).isEmpty();
    }

    @Test
    void unknownCostAndTimeBreakNoRule() {
        Map<String, Object> facts = feasible();
        facts.put(ESTIMATED_COST, null);
        facts.put(MONTHS_TO_MARKET, null);

        assertThat(evaluate(facts).getResultList()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsCollected() {
        Map<String, Object> facts = feasible();
        facts.put(ESTIMATED_COST, COST_LIMIT * 2);
        facts.put(NEEDS_NEW_PRODUCTION_LINE, true);
        facts.put(INGREDIENTS, "triclosan");
        facts.put(SUB_MISSION_CHOSEN, false);

        assertThat(evaluate(facts).collectEntries(WARNING)).containsExactlyInAnyOrder(COST_ABOVE_BUDGET,
                NEW_PRODUCTION_LINE, RESTRICTED_INGREDIENT, NO_SUB_MISSION);
    }

    private static DmnDecisionResult evaluate(Map<String, Object> facts) {
        return engine.getDecisionService().evaluateDecisionByKey(DECISION_KEY).variables(facts).evaluate();
    }

    private static Map<String, Object> feasible() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ESTIMATED_COST, 20_000_000L);
        facts.put(MONTHS_TO_MARKET, 9);
        facts.put(NEEDS_NEW_PRODUCTION_LINE, false);
        facts.put(MAKES_REGULATORY_CLAIMS, false);
        facts.put(INGREDIENTS, "aloe, green tea");
        facts.put(MISSION_HAS_SUB_MISSIONS, true);
        facts.put(SUB_MISSION_CHOSEN, true);
        return facts;
    }

    static List<String> codes() {
        return List.of(COST_ABOVE_BUDGET, TOO_LONG_TO_MARKET, NEW_PRODUCTION_LINE, REGULATORY_CLAIM,
                RESTRICTED_INGREDIENT, NO_SUB_MISSION);
    }
}
