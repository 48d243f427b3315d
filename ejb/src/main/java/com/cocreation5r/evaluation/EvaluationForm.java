package com.cocreation5r.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The evaluator's scores, 1 to 5 for each criterion the evaluators score, and an internal comment. */
public record EvaluationForm(
        @NotEmpty(message = "{evaluation.scores.required}")
        Map<String, @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}")
                @Max(value = 5, message = "{score.range}") Integer> scores,
        @Size(max = 2000, message = "{comment.tooLong}") String comment) {

    public EvaluationForm {
        scores = scores == null ? Map.of() : new LinkedHashMap<>(scores);
    }
}
