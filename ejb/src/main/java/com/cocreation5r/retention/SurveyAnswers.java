package com.cocreation5r.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The satisfaction survey: four scores from 1 (not at all) to 5 (fully) and an optional comment.
 *
 * @param overall how satisfied the partner is with the campaign as a whole
 * @param recognition whether they felt their ideas were heard and credited
 * @param communication whether the company kept them informed and answered them
 * @param rejoin how likely they are to join a later campaign
 */
public record SurveyAnswers(
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer overall,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer recognition,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer communication,
        @NotNull(message = "{score.required}") @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer rejoin,
        @Size(max = 2000, message = "{comment.tooLong}") String comment) {
}
