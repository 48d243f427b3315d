package com.cocreation5r.it;

import static org.assertj.core.api.Assertions.assertThat;

import static com.cocreation5r.it.Eventually.await;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What a test looks up in the process engine, by a campaign's business key or an instance id:
 * stage instances, tasks and timers, waiting for the job executor where it creates them.
 */
@Dependent
public class Engine {

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    /** The campaign's instance of the process, once the engine has started it. */
    public ProcessInstance instance(String businessKey, String processKey) {
        await(() -> instanceOrNull(businessKey, processKey) != null);
        return instanceOrNull(businessKey, processKey);
    }

    public ProcessInstance instanceOrNull(String businessKey, String processKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).singleResult();
    }

    /** The open tasks of one instance, oldest first. */
    public List<Task> tasks(String instanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    /** The one open task of one instance at {@code taskKey}; fails if there is none or more. */
    public Task singleTask(String instanceId, String taskKey) {
        List<Task> found = tasks(instanceId, taskKey);
        assertThat(found).as("%s tasks of %s", taskKey, instanceId).hasSize(1);
        return found.get(0);
    }

    /** The open tasks of one instance, oldest first, once there are {@code count} of them. */
    public List<Task> awaitTasks(String instanceId, String taskKey, int count) {
        await(() -> tasks(instanceId, taskKey).size() == count);
        return tasks(instanceId, taskKey);
    }

    public Task awaitTask(String instanceId, String taskKey) {
        return awaitTasks(instanceId, taskKey, 1).get(0);
    }

    /** The instance's open task assigned to {@code userId}, or {@code null}. */
    public Task taskOf(String instanceId, String taskKey, String userId) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .taskAssignee(userId).singleResult();
    }

    /** The open tasks of all the campaign's instances, oldest first. */
    public List<Task> campaignTasks(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    public List<Task> awaitCampaignTasks(String businessKey, String taskKey, int count) {
        await(() -> campaignTasks(businessKey, taskKey).size() == count);
        return campaignTasks(businessKey, taskKey);
    }

    public Task awaitCampaignTask(String businessKey, String taskKey) {
        return awaitCampaignTasks(businessKey, taskKey, 1).get(0);
    }

    /** The instance's timer at {@code activityId}, or {@code null}. */
    public Job timer(String instanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(instanceId).timers().activityId(activityId)
                .singleResult();
    }

    /** Fires the timer now, once the instance has reached it, rather than waiting for its due date. */
    public void fireTimer(String instanceId, String activityId) {
        await(() -> timer(instanceId, activityId) != null);
        managementService.executeJob(timer(instanceId, activityId).getId());
    }
}
