package com.cocreation5r.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the partner pool is shown of an idea put to a purchase-intent poll, as the program manager
 * words it: a headline and a short description, written for outsiders.
 */
public record PollPitch(
        @NotNull Long ideaId,
        @NotBlank(message = "{poll.headline.required}") @Size(max = 120, message = "{poll.headline.tooLong}") String headline,
        @NotBlank(message = "{poll.description.required}") @Size(max = 1000, message = "{poll.description.tooLong}") String description) {
}
