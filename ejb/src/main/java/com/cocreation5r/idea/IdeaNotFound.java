package com.cocreation5r.idea;

import jakarta.ejb.ApplicationException;

/**
 * No idea with this id, or none the caller may see: the two are told apart for nobody, so that a
 * partner cannot probe for other partners' ideas.
 */
@ApplicationException(rollback = true)
public class IdeaNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long ideaId;

    public IdeaNotFound(Long ideaId) {
        super("No idea " + ideaId + " for this user");
        this.ideaId = ideaId;
    }

    public Long getIdeaId() {
        return ideaId;
    }
}
