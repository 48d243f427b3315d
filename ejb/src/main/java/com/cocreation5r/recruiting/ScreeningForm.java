package com.cocreation5r.recruiting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The screening task's form: capability, willingness and writing (passion and the short
 * "why should I be selected?" text) scored 1 to 5, and the decision.
 */
public record ScreeningForm(
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer capability,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer willingness,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer writing,
        @NotNull(message = "{decision.required}") ScreeningDecision decision,
        @Size(max = 2000, message = "{comment.tooLong}") String comment) {
}
