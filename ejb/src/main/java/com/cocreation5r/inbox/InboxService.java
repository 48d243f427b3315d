package com.cocreation5r.inbox;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The task inbox: the caller's tasks and their groups' tasks, paged, sorted and filtered by the
 * engine's database query, never in memory. The engine's authorizations decide which tasks exist
 * for the caller.
 */
@Stateless
@PermitAll
@ActAsCaller
public class InboxService {

    @Inject
    private TaskService taskService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private ProcessEngine engine;

    @Inject
    private TaskAccess taskAccess;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public long count(@NotNull @Valid InboxQuery query) {
        return taskQuery(query).count();
    }

    public List<InboxTask> tasks(@NotNull @Valid InboxQuery query, @Min(0) int first,
            @Min(1) @Max(200) int pageSize) {
        TaskQuery taskQuery = taskQuery(query).initializeFormKeys();
        switch (query.sortField()) {
            case DUE -> taskQuery.orderByDueDate();
            case CREATED -> taskQuery.orderByTaskCreateTime();
            case NAME -> taskQuery.orderByTaskName();
            case PRIORITY -> taskQuery.orderByTaskPriority();
        }
        if (query.ascending()) {
            taskQuery.asc();
        } else {
            taskQuery.desc();
        }
        taskQuery.orderByTaskCreateTime().asc();
        List<Task> tasks = taskQuery.listPage(first, pageSize);
        return toInboxTasks(tasks);
    }

    public InboxTask task(@NotNull String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new TaskActionRefused(TaskActionRefused.Reason.NOT_AVAILABLE, taskId);
        }
        return toInboxTasks(List.of(task)).get(0);
    }

    /** Takes a group task for oneself; the engine refuses it to anyone not offered the task. */
    public void claim(@NotNull String taskId) {
        taskAccess.requireVisible(taskId);
        try {
            taskService.claim(taskId, caller.userId());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.CLAIMED_BY_SOMEONE_ELSE, taskId, e);
        } catch (AuthorizationException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, taskId, e);
        }
    }

    /** Gives one's own task back to its groups. */
    public void unclaim(@NotNull String taskId) {
        Task task = taskAccess.requireVisible(taskId);
        if (!caller.userId().equals(task.getAssignee())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.NOT_CLAIMED_BY_YOU, taskId);
        }
        try {
            taskService.setAssignee(taskId, null);
        } catch (AuthorizationException e) {
            throw new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, taskId, e);
        }
    }

    private TaskQuery taskQuery(InboxQuery query) {
        TaskQuery taskQuery = taskService.createTaskQuery().active();
        if (query.view() == InboxQuery.View.MINE) {
            taskQuery.taskAssignee(caller.userId());
        } else {
            List<String> groups = caller.groupIds();
            if (groups.isEmpty()) {
                // no group: match nothing rather than every group task
                taskQuery.taskCandidateGroup("-");
            } else {
                taskQuery.taskCandidateGroupIn(groups).taskUnassigned();
            }
        }
        if (query.nameContains() != null && !query.nameContains().isBlank()) {
            String nameLike = "%" + escapeLike(query.nameContains().trim()) + "%";
            if (query.taskKeysNamed().isEmpty()) {
                taskQuery.taskNameLike(nameLike);
            } else {
                taskQuery.or()
                        .taskNameLike(nameLike)
                        .taskDefinitionKeyIn(query.taskKeysNamed().toArray(String[]::new))
                        .endOr();
            }
        }
        if (query.processKey() != null && !query.processKey().isBlank()) {
            taskQuery.processDefinitionKey(query.processKey());
        }
        if (query.overdueOnly()) {
            taskQuery.dueBefore(Date.from(clock.instant()));
        }
        return taskQuery;
    }

    private List<InboxTask> toInboxTasks(List<Task> tasks) {
        // one query for the definitions of the whole page
        String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        Map<String, ProcessDefinition> definitions = definitionIds.length == 0 ? Map.of()
                : repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list().stream()
                        .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        Map<String, String> businessKeys = businessKeys(tasks);
        Map<String, String> campaignTitles = campaigns.titlesByBusinessKey(Set.copyOf(businessKeys.values()));
        var now = clock.instant();
        return tasks.stream().map(task -> {
            ProcessDefinition definition = definitions.get(task.getProcessDefinitionId());
            var due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            String businessKey = businessKeys.get(task.getProcessInstanceId());
            return new InboxTask(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName(),
                    businessKey,
                    businessKey == null ? null : campaignTitles.get(businessKey),
                    task.getAssignee(), task.getCreateTime().toInstant(), due,
                    due != null && due.isBefore(now), task.getFormKey());
        }).toList();
    }

    /**
     * The business keys of the tasks' instances, read past the engine's authorization checks: the
     * tasks are the caller's already, and a partner, who may not read a stage's instances, should
     * still see which campaign their task belongs to. Only the keys leave this method.
     */
    private Map<String, String> businessKeys(List<Task> tasks) {
        var instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return EngineLookups.withoutAuthorization(engine, () -> engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey)));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
