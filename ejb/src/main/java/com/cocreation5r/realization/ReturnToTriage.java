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

/** The department declined the idea: it goes back to triage, with a new deadline, to be routed elsewhere. */
@Named(RealizationProcess.RETURN_TO_TRIAGE_DELEGATE)
@Dependent
public class ReturnToTriage implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID)).moveTo(IdeaStatus.IN_TRIAGE);
        execution.setVariable(RealizationProcess.TRIAGE_DUE,
                Date.from(clock.instant().plus(Duration.ofDays(RealizationProcess.TRIAGE_DUE_DAYS))));
    }
}
