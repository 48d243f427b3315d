package com.cocreation5r.demo;

import com.cocreation5r.process.IdeaFeasibilityDecision;
import com.cocreation5r.processmodel.ChangeRequests;
import com.cocreation5r.processmodel.ModelVersions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A change request waiting for four eyes: {@code owen} proposes that the feasibility rules warn
 * above a development cost of 300,000,000 instead of 500,000,000, and the review waits in
 * {@code olga}'s inbox.
 */
@Dependent
public class ProcessOwnersDemo {

    private static final String AUTHOR = "owen";

    private static final String SHIPPED_LIMIT = "<text>&gt; 500000000</text>";
    private static final String SHIPPED_EXPLANATION = "above the 500,000,000";

    @Inject
    private ModelVersions versions;

    @Inject
    private ChangeRequests changeRequests;

    @Inject
    private RuntimeService runtimeService;

    /** Seeds the change request in the caller's transaction; returns its id. */
    public Long seed() {
        String definitionId = versions.latestDefinitionId(IdeaFeasibilityDecision.DECISION_KEY).orElseThrow();
        String model = new String(versions.model(definitionId), StandardCharsets.UTF_8);
        if (!model.contains(SHIPPED_LIMIT)) {
            throw new IllegalStateException("The feasibility rules no longer warn above a cost of 500,000,000");
        }
        String proposed = model.replace(SHIPPED_LIMIT, "<text>&gt; 300000000</text>")
                .replace(SHIPPED_EXPLANATION, "above the 300,000,000");
        return changeRequests.submit(versions.require(definitionId).resourceName(),
                proposed.getBytes(StandardCharsets.UTF_8),
                "Smaller budget per idea: next year's co-creation budget is cut by 40 %.", AUTHOR, runtimeService).getId();
    }
}
