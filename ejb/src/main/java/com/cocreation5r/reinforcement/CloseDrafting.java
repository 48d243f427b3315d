package com.cocreation5r.reinforcement;

import com.cocreation5r.process.ReinforcementProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Ends drafting: the ideas submitted to the cohort go into the refinement window; ideas still
 * private stay drafts and are not handed on. Without any submitted idea the stage closes.
 */
@Named(ReinforcementProcess.CLOSE_DRAFTING_DELEGATE)
@Dependent
public class CloseDrafting implements JavaDelegate {

    @Inject
    private ReinforcementRepository reinforcement;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(ReinforcementProcess.CAMPAIGN_ID);
        ReinforcementStage stage = reinforcement.requireStage(campaignId);
        int submitted = reinforcement.submittedToCohort(campaignId).size();
        if (submitted > 0) {
            stage.openRefinement();
        } else {
            stage.close();
        }
        execution.setVariable(ReinforcementProcess.SUBMITTED_IDEA_COUNT, submitted);
    }
}
