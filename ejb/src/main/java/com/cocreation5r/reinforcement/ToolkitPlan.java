package com.cocreation5r.reinforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the community manager prepares for the cohort: the toolkit guide and the stage's two dates. */
public record ToolkitPlan(
        @NotBlank(message = "{toolkit.guide.required}") @Size(max = 8000, message = "{toolkit.guide.size}")
        String guide,
        @NotNull(message = "{toolkit.draftingDeadline.required}") Instant draftingDeadline,
        @NotNull(message = "{toolkit.refinementDeadline.required}") Instant refinementDeadline) {
}
