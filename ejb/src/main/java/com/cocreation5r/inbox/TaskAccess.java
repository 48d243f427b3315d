package com.cocreation5r.inbox;

import com.cocreation5r.identity.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * How domain services reach the task they complete. The task query runs under the caller's
 * engine authentication, so a task the engine does not let them see does not exist for them.
 */
@Dependent
public class TaskAccess {

    @Inject
    private TaskService taskService;

    @Inject
    private Caller caller;

    /** The task, if the caller has claimed it and it is a {@code taskDefinitionKey} task. */
    public Task requireClaimedByCaller(String taskId, String taskDefinitionKey) {
        Task task = requireVisible(taskId);
        if (!taskDefinitionKey.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        if (!caller.userId().equals(task.getAssignee())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.NOT_CLAIMED_BY_YOU, taskId);
        }
        return task;
    }

    public Task requireVisible(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskActionRefused(TaskActionRefused.Reason.NOT_AVAILABLE, taskId);
        }
        return task;
    }

    public <T> T variable(Task task, String name, Class<T> type) {
        return type.cast(taskService.getVariable(task.getId(), name));
    }

    /** Completes the task; the engine checks once more that the caller may. */
    public void complete(Task task, Map<String, Object> variables) {
        try {
            taskService.complete(task.getId(), variables);
        } catch (AuthorizationException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, task.getId(), e);
        }
    }
}
