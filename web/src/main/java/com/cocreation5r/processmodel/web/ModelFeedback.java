package com.cocreation5r.processmodel.web;

import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ModelRejected;
import com.cocreation5r.processmodel.ProcessChangeRefused;
import com.cocreation5r.web.Feedback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Tells process owners why a model or a change request was refused: each model problem with its
 * rule and element, for the page and for marking on the diagram.
 */
@ApplicationScoped
public class ModelFeedback {

    @Inject
    private Feedback feedback;

    /**
     * Reports the refusal if it is one of the change requests' own; other failures go to
     * {@link Feedback#failed}.
     *
     * @return the model problems, if the model was refused
     */
    public List<ModelProblem> failed(RuntimeException failure) {
        Optional<ModelRejected> rejected = Feedback.causeOfType(failure, ModelRejected.class);
        if (rejected.isPresent()) {
            feedback.error("models.rejected", rejected.get().problems().size());
            return rejected.get().problems();
        }
        Optional<ProcessChangeRefused> refused = Feedback.causeOfType(failure, ProcessChangeRefused.class);
        if (refused.isPresent()) {
            feedback.error("processChange.refused." + refused.get().reason().name());
            return List.of();
        }
        feedback.failed(failure);
        return List.of();
    }

    /** The problems as JSON for the diagram: [{elementId, message}]. */
    public static String json(List<ModelProblem> problems) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ModelProblem problem : problems) {
            if (problem.elementId() != null) {
                array.add(Json.createObjectBuilder().add("elementId", problem.elementId())
                        .add("message", problem.rule() + ": " + problem.message()));
            }
        }
        return array.build().toString();
    }
}
