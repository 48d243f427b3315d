package com.cocreation5r.realization;

import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.process.RealizationProcess;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * What the triage and hand-over deadlines do alike when they pass: the task still open is offered
 * to the program managers too, urgent and unassigned. The timer fires as nobody in particular, so
 * the task is read and changed past the engine's authorization checks.
 */
final class Escalations {

    private Escalations() {
    }

    /** The instance's open task at {@code taskKey}; none if it was completed meanwhile. */
    static Optional<Task> openTask(DelegateExecution execution, String taskKey) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        return Optional.ofNullable(EngineLookups.withoutAuthorization(() -> taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult()));
    }

    static void offerToProgramManagers(DelegateExecution execution, Task task) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        EngineLookups.withoutAuthorization(() -> {
            taskService.addCandidateGroup(task.getId(), RealizationProcess.ESCALATION_GROUP);
            taskService.setPriority(task.getId(), RealizationProcess.ESCALATED_PRIORITY);
            taskService.setAssignee(task.getId(), null);
            return null;
        });
    }
}
