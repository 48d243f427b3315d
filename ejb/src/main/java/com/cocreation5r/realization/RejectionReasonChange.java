package com.cocreation5r.realization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New wording of a listed reason, or the criterion it is tied to; its code never changes. */
public record RejectionReasonChange(
        @NotBlank(message = "{reason.label.required}") @Size(max = 200, message = "{text.tooLong}") String labelEn,
        @NotBlank(message = "{reason.label.required}") @Size(max = 200, message = "{text.tooLong}") String labelKo,
        @Size(max = 100, message = "{text.tooLong}") String criterion) {
}
