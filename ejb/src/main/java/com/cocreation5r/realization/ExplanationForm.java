package com.cocreation5r.realization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The explanation task's form: the date of the one-to-one meeting, the reasons chosen from the
 * list, what the partner is told, and internal notes.
 */
public record ExplanationForm(
        @NotNull(message = "{explanation.meetingDate.required}") LocalDate meetingDate,
        @NotEmpty(message = "{explanation.reasons.required}") @Size(max = 10, message = "{explanation.reasons.tooMany}")
        List<@NotNull Long> reasonIds,
        @NotBlank(message = "{explanation.notesToPartner.required}") @Size(max = 2000, message = "{comment.tooLong}")
        String notesToPartner,
        @Size(max = 2000, message = "{comment.tooLong}") String internalNotes) {

    public ExplanationForm {
        reasonIds = reasonIds == null ? List.of() : List.copyOf(reasonIds);
    }
}
