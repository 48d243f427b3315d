package com.cocreation5r.realization;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The triage task's form: the decision, the business concept, the execution department (unless a
 * duplicate) or the earlier idea it duplicates, and internal notes.
 */
public record TriageForm(
        @NotNull(message = "{triage.decision.required}") TriageDecision decision,
        @NotNull(message = "{triage.businessConcept.required}") BusinessConcept businessConcept,
        ExecutionDepartment department,
        Long duplicateOfIdeaId,
        @Size(max = 2000, message = "{comment.tooLong}") String notes) {

    /** An idea routed on needs the department that will execute it. */
    @AssertTrue(message = "{triage.department.required}")
    public boolean isDepartment() {
        return decision == null || decision == TriageDecision.DUPLICATE || department != null;
    }

    /** A duplicate names the idea it duplicates. */
    @AssertTrue(message = "{triage.duplicateOf.required}")
    public boolean isDuplicateOfIdeaId() {
        return decision != TriageDecision.DUPLICATE || duplicateOfIdeaId != null;
    }
}
