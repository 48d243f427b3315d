package com.cocreation5r.recruiting;

import com.cocreation5r.process.RecruitingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Names the candidate in a screening or interview task, so the inbox says whom a task is about. */
@Named(RecruitingProcess.DESCRIBE_ASSESSMENT_TASK_LISTENER)
@Dependent
public class DescribeAssessmentTask implements TaskListener {

    @Inject
    private RecruitingRepository recruiting;

    @Override
    public void notify(DelegateTask task) {
        Long applicationId = (Long) task.getVariable(RecruitingProcess.APPLICATION_ID);
        recruiting.application(applicationId)
                .ifPresent(application -> task.setDescription(application.getCandidate().getFullName()));
    }
}
