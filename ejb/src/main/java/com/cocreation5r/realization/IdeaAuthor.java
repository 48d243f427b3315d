package com.cocreation5r.realization;

import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.processmodel.ModelFunctions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Names an idea's partner for the model ({@code ${ideaAuthor.userIdOf(ideaId)}}), so the
 * acknowledgment task is assigned to them without their identity sitting in a process variable
 * that evaluators could read under blind review.
 */
@ModelFunctions
@Named(RealizationProcess.IDEA_AUTHOR_BEAN)
@ApplicationScoped
public class IdeaAuthor {

    @Inject
    private IdeaRepository ideas;

    public String userIdOf(Long ideaId) {
        return ideas.require(ideaId).getAuthorUserId();
    }
}
