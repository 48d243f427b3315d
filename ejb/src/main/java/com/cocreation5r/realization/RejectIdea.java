package com.cocreation5r.realization;

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

/** The score rejects the idea; an internal expert has a deadline to explain it to the partner. */
@Named(RealizationProcess.REJECT_IDEA_DELEGATE)
@Dependent
public class RejectIdea implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID)).moveTo(IdeaStatus.REJECTED);
        execution.setVariable(RealizationProcess.EXPLANATION_DUE,
                Date.from(clock.instant().plus(Duration.ofDays(RealizationProcess.EXPLANATION_DUE_DAYS))));
    }
}
