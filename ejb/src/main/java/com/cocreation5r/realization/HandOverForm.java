package com.cocreation5r.realization;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The hand-over task's form: the department answering (the one triage chose, unless the idea was
 * fast-tracked past triage), whether it takes the idea on, and why not if it declines.
 */
public record HandOverForm(
        @NotNull(message = "{handOver.department.required}") ExecutionDepartment department,
        @NotNull(message = "{handOver.taken.required}") Boolean taken,
        @Size(max = 1000, message = "{comment.tooLong}") String reason) {

    /** A department that declines says why, so triage can route the idea better. */
    @AssertTrue(message = "{handOver.reason.required}")
    public boolean isReason() {
        return taken == null || taken || (reason != null && !reason.isBlank());
    }
}
