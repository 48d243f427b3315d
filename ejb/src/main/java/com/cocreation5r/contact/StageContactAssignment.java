package com.cocreation5r.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A program manager's choice of contact for a stage, and how partners reach them. */
public record StageContactAssignment(
        @NotBlank(message = "{stageContact.user.required}") @Size(max = 64, message = "{stageContact.user.required}")
        String userId,
        @Size(max = 200, message = "{stageContact.reach.tooLong}") String reach) {
}
