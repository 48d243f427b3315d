package com.cocreation5r.reinforcement;

import com.cocreation5r.process.ReinforcementProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Keeps the support request a message brought (as a transient variable) local to its own
 * support-request sub-process, so that concurrent requests never see each other's.
 */
@Named(ReinforcementProcess.KEEP_SUPPORT_REQUEST_LOCAL_LISTENER)
@Dependent
public class KeepSupportRequestLocal implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal(ReinforcementProcess.SUPPORT_REQUEST_ID,
                execution.getVariable(ReinforcementProcess.SUPPORT_REQUEST_ID));
    }
}
