package com.cocreation5r.process;

import java.util.List;

/**
 * The models this module ships, as classpath resource names.
 *
 * <p>The engine bootstrap deploys exactly these resources, so a model that is not listed here
 * never reaches the engine.
 */
public final class ProcessModels {

    /** Classpath resource names of every BPMN and DMN model to deploy. */
    public static final List<String> RESOURCES = List.of(
            "models/campaign.bpmn",
            "models/recruiting.bpmn",
            "models/rules-and-responsibilities.bpmn",
            "models/reinforcement.bpmn",
            "models/support-request.bpmn",
            "models/idea-feasibility.dmn",
            "models/realization.bpmn",
            "models/retention.bpmn",
            "models/partner-honours.dmn",
            "models/pool-check-in.bpmn",
            "models/process-change.bpmn");

    private ProcessModels() {
    }
}
