package com.cocreation5r.realization;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Takes a submitted idea, or a reopened archived one, into triage (a new Realization round) and
 * sets the triage deadline.
 */
@Named(RealizationProcess.OPEN_REALIZATION_DELEGATE)
@Dependent
public class OpenRealization implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        if (idea.getStatus() != IdeaStatus.IN_TRIAGE) {
            idea.moveTo(IdeaStatus.IN_TRIAGE);
        }
        execution.setVariable(RealizationProcess.TRIAGE_DUE,
                Date.from(clock.instant().plus(Duration.ofDays(RealizationProcess.TRIAGE_DUE_DAYS))));
    }
}
