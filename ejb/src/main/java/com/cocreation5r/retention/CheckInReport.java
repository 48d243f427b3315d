package com.cocreation5r.retention;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The community manager's report of a pool check-in. */
public record CheckInReport(
        @NotNull(message = "{checkIn.partnersReached.required}") @Min(value = 0, message = "{checkIn.partnersReached.required}") Integer partnersReached,
        boolean concernsRaised,
        @NotBlank(message = "{checkIn.notes.required}") @Size(max = 4000, message = "{text.tooLong}") String notes) {
}
