package com.cocreation5r.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the program manager did to follow up a dissatisfied or silent partner. */
public record FollowUpReport(
        @NotBlank(message = "{followUp.actionTaken.required}") @Size(max = 2000, message = "{comment.tooLong}") String actionTaken) {
}
