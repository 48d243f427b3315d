package com.cocreation5r.realization;

import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Names the idea in a Realization task's description, so the inbox says which idea each task is
 * about. Only the title: never the partner, whom evaluators must not learn under blind review.
 */
@Named(RealizationProcess.DESCRIBE_IDEA_TASK_LISTENER)
@Dependent
public class DescribeIdeaTask implements TaskListener {

    @Inject
    private IdeaRepository ideas;

    @Override
    public void notify(DelegateTask task) {
        task.setDescription(ideas.require((Long) task.getVariable(RealizationProcess.IDEA_ID)).getTitle());
    }
}
