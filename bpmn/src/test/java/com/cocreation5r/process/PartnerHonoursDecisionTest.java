package com.cocreation5r.process;

import static com.cocreation5r.process.RetentionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every rule of the honours decision, each with the case that just reaches it and the case that
 * just misses it. The matched rule is read from the decision's history, so a case that reaches the
 * right honour through the wrong rule fails.
 */
@Deployment(resources = "models/partner-honours.dmn")
class PartnerHonoursDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    @Test
    void acceptedWellScoredAndActivePartnersBecomeMentors() {
        assertDecision(0, 70.0, 2, 10, MENTOR, "acceptedWellScoredAndActiveMentors");
        // just short on score, acceptances or activity: the next rule that fits
        assertDecision(2, 69.9, 2, 10, HONORARY_CONSUMER, "acceptedIdeaAmongSeveral");
        assertDecision(3, 90.0, 1, 30, HONORARY_CONSUMER, "acceptedIdeaAmongSeveral");
        assertDecision(2, 90.0, 2, 9, HONORARY_CONSUMER, "acceptedIdeaAmongSeveral");
    }

    @Test
    void anAcceptedIdeaAmongSeveralMakesAnHonoraryConsumer() {
        assertDecision(2, null, 1, 0, HONORARY_CONSUMER, "acceptedIdeaAmongSeveral");
        assertDecision(1, 95.0, 1, 0, NONE, "noHonour");
    }

    @Test
    void manyWellScoredIdeasMakeAnHonoraryConsumerWithoutAcceptance() {
        assertDecision(3, 60.0, 0, 0, HONORARY_CONSUMER, "manyWellScoredIdeas");
        assertDecision(3, 59.9, 0, 0, NONE, "noHonour");
        assertDecision(2, 80.0, 0, 0, NONE, "noHonour");
    }

    @Test
    void aVeryActiveMemberIsAnHonoraryConsumerEvenWithoutIdeas() {
        assertDecision(0, null, 0, 20, HONORARY_CONSUMER, "veryActiveMember");
        assertDecision(0, null, 0, 19, NONE, "noHonour");
    }

    @Test
    void withoutAnyScoreNoRuleThatAsksForOneMatches() {
        assertDecision(5, null, 3, 15, HONORARY_CONSUMER, "acceptedIdeaAmongSeveral");
        assertDecision(5, null, 0, 15, NONE, "noHonour");
    }

    private void assertDecision(int submitted, Double score, int accepted, int activity, String honour, String rule) {
        Map<String, Object> measures = new HashMap<>();
        measures.put(IDEAS_SUBMITTED, submitted);
        measures.put(AVERAGE_SCORE, score);
        measures.put(IDEAS_ACCEPTED, accepted);
        measures.put(ACTIVITY, activity);

        DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey(HONOURS_DECISION)
                .variables(measures).evaluate();

        assertThat((String) result.getSingleEntry()).as("honour for %s", measures).isEqualTo(honour);
        HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HONOURS_DECISION).includeOutputs()
                .orderByEvaluationTime().desc().listPage(0, 1).get(0);
        assertThat(evaluation.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
                .as("rule for %s", measures).containsExactly(rule);
    }
}
