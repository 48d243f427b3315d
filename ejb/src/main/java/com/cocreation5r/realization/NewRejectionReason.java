package com.cocreation5r.realization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reason a program manager adds to the list, in English and Korean, optionally tied to a criterion. */
public record NewRejectionReason(
        @NotBlank(message = "{reason.code.required}") @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,39}",
                message = "{reason.code.format}") String code,
        @NotBlank(message = "{reason.label.required}") @Size(max = 200, message = "{text.tooLong}") String labelEn,
        @NotBlank(message = "{reason.label.required}") @Size(max = 200, message = "{text.tooLong}") String labelKo,
        @Size(max = 100, message = "{text.tooLong}") String criterion) {
}
