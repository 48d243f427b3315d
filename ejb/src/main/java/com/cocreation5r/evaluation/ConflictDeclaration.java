package com.cocreation5r.evaluation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the evaluator declares before scoring: a conflict of interest or none, and what it is. */
public record ConflictDeclaration(
        @NotNull(message = "{conflict.required}") Boolean conflicted,
        @Size(max = 1000, message = "{comment.tooLong}") String statement) {

    /** A conflict is described, so the program manager can judge it later. */
    @AssertTrue(message = "{conflict.statement.required}")
    public boolean isStatement() {
        return conflicted == null || !conflicted || (statement != null && !statement.isBlank());
    }
}
