package com.cocreation5r.recruiting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The selection interview's form: extraversion, reach in on/offline communities and how often
 * the candidate uses the product, scored 1 to 5, and a recommendation to the committee.
 */
public record InterviewForm(
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer extraversion,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer communityReach,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer usageFrequency,
        @NotNull(message = "{recommendation.required}") InterviewRecommendation recommendation,
        @Size(max = 2000, message = "{comment.tooLong}") String notes) {
}
