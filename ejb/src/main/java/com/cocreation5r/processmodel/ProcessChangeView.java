package com.cocreation5r.processmodel;

import java.io.Serializable;
import java.time.Instant;

/** A change request as the pages show it, without its model. */
public record ProcessChangeView(Long id, ProcessChange.Kind kind, String modelKey, String resourceName,
        String summary, String author, Instant submittedAt, ProcessChange.Status status, String reviewer,
        String reviewComment, Instant decidedAt, String baseDefinitionId, String restoresDefinitionId,
        String deployedDefinitionId) implements Serializable {

    static ProcessChangeView of(ProcessChange change) {
        return new ProcessChangeView(change.getId(), change.getKind(), change.getModelKey(),
                change.getResourceName(), change.getSummary(), change.getAuthorUserId(), change.getSubmittedAt(),
                change.getStatus(), change.getReviewerUserId(), change.getReviewComment(), change.getDecidedAt(),
                change.getBaseDefinitionId(), change.getRestoresDefinitionId(), change.getDeployedDefinitionId());
    }

    /** Proposed by a new release of the application rather than by a process owner. */
    public boolean fromRelease() {
        return com.cocreation5r.process.ProcessChangeProcess.RELEASE_AUTHOR.equals(author);
    }
}
