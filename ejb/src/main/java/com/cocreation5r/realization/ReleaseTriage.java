package com.cocreation5r.realization;

import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A triage task withdrawn undecided (a fast-track) no longer counts towards its manager's cap. */
@Named(RealizationProcess.RELEASE_TRIAGE_LISTENER)
@Dependent
public class ReleaseTriage implements TaskListener {

    @Inject
    private RealizationRepository realization;

    @Inject
    private Clock clock;

    @Override
    public void notify(DelegateTask task) {
        realization.triageOfTask(task.getId()).ifPresent(triage -> triage.withdrawn(clock.instant()));
    }
}
