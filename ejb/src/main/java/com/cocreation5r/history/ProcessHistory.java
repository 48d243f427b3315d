package com.cocreation5r.history;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.export.ExportFormat;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.process.RealizationProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityStatistics;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The engine's history as auditors read it: a search over every process instance, paged and
 * sorted by the database, and one instance's complete timeline.
 *
 * <p>Every query runs as the signed-in user, so the engine's authorizations decide what they may
 * read ({@code READ_HISTORY}); nothing here changes the engine. A timeline shows form values and
 * variables, which can be personal data, so each reading of one is recorded in the audit trail.
 */
@Stateless
@ActAsCaller
@RolesAllowed({Groups.AUDITOR, Groups.ADMIN})
public class ProcessHistory {

    /** The longest text of one value shown: a variable can hold a whole document. */
    static final int VALUE_LIMIT = 500;

    /** Activity instances read per query for a definition's statistics. */
    static final int STATISTICS_PAGE = 1000;

    /** The activity type and id suffix Camunda gives the body that runs a multi-instance activity's instances. */
    private static final String MULTI_INSTANCE_BODY = "multiInstanceBody";
    private static final String MULTI_INSTANCE_SUFFIX = "#multiInstanceBody";

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    private HistoryService history;

    @Inject
    private TaskService tasks;

    @Inject
    private RepositoryService repository;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private AuditTrail trail;

    /** How many instances match the search. */
    public long count(@NotNull @Valid HistorySearch search) {
        return query(search).map(HistoricProcessInstanceQuery::count).orElse(0L);
    }

    /**
     * One page of the instances that match, in the order asked for. The list shows business keys
     * and who started each instance, and the criteria can name a partner, so showing it is a read
     * of personal data: the criteria and the rows shown are recorded in the audit trail.
     */
    public List<InstanceSummary> search(@NotNull @Valid HistorySearch search, @Min(0) int first, @Min(1) int pageSize,
            @NotNull InstanceOrder order, boolean ascending) {
        List<InstanceSummary> page = page(search, first, pageSize, order, ascending);
        recordSearch(search, first, page);
        return page;
    }

    private List<InstanceSummary> page(HistorySearch search, int first, int pageSize, InstanceOrder order,
            boolean ascending) {
        Optional<HistoricProcessInstanceQuery> query = query(search);
        if (query.isEmpty()) {
            return List.of();
        }
        HistoricProcessInstanceQuery ordered = switch (order) {
            case START_TIME -> query.get().orderByProcessInstanceStartTime();
            case END_TIME -> query.get().orderByProcessInstanceEndTime();
            case DURATION -> query.get().orderByProcessInstanceDuration();
            case PROCESS -> query.get().orderByProcessDefinitionKey();
            case BUSINESS_KEY -> query.get().orderByProcessInstanceBusinessKey();
        };
        ordered = ascending ? ordered.asc() : ordered.desc();
        // the same start time is common (a campaign starts its first stage at once): make pages stable
        ordered = ordered.orderByProcessInstanceId().asc();
        return ordered.listPage(first, pageSize).stream().map(InstanceSummary::of).toList();
    }

    /** The processes the caller may read, by key, with the name of their latest version. */
    public List<ProcessName> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .stream()
                .map(definition -> new ProcessName(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName()))
                .toList();
    }

    /** The latest version of every process the caller may read, by key. */
    public List<ProcessVersion> latestVersions() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .stream()
                .map(definition -> new ProcessVersion(definition.getId(), definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName(),
                        definition.getVersion()))
                .toList();
    }

    /**
     * Every activity of one process definition version with how often it ran and how long it took,
     * across all instances of that version.
     */
    public DefinitionHeat heat(@NotBlank String definitionId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (definition == null) {
            throw new InstanceNotFound(definitionId);
        }
        Map<String, HistoricActivityStatistics> counts = new HashMap<>();
        for (HistoricActivityStatistics statistics : history.createHistoricActivityStatisticsQuery(definitionId)
                .includeFinished().includeCanceled().list()) {
            counts.put(statistics.getId(), statistics);
        }
        Map<String, long[]> durations = new HashMap<>(); // activity id -> {sum, count, longest}
        int first = 0;
        while (true) {
            List<HistoricActivityInstance> page = history.createHistoricActivityInstanceQuery()
                    .processDefinitionId(definitionId).finished().orderByHistoricActivityInstanceId().asc()
                    .listPage(first, STATISTICS_PAGE);
            for (HistoricActivityInstance activity : page) {
                if (activity.getDurationInMillis() != null) {
                    long[] sum = durations.computeIfAbsent(activity.getActivityId(), id -> new long[3]);
                    sum[0] += activity.getDurationInMillis();
                    sum[1]++;
                    sum[2] = Math.max(sum[2], activity.getDurationInMillis());
                }
            }
            if (page.size() < STATISTICS_PAGE) {
                break;
            }
            first += STATISTICS_PAGE;
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<ActivityStatistics> activities = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            HistoricActivityStatistics count = counts.get(node.getId());
            long[] duration = durations.get(node.getId());
            activities.add(new ActivityStatistics(node.getId(), node.getName() == null ? node.getId() : node.getName(),
                    node.getElementType().getTypeName(),
                    count == null ? 0 : count.getInstances(), count == null ? 0 : count.getFinished(),
                    count == null ? 0 : count.getCanceled(),
                    duration == null ? null : duration[0] / duration[1], duration == null ? null : duration[2]));
        }
        activities.sort(Comparator.comparing(ActivityStatistics::total).reversed()
                .thenComparing(ActivityStatistics::name));
        List<DefinitionHeat.DefinitionVersion> versions = repository.createProcessDefinitionQuery()
                .processDefinitionKey(definition.getKey()).orderByProcessDefinitionVersion().desc().list().stream()
                .map(version -> new DefinitionHeat.DefinitionVersion(version.getId(), version.getVersion()))
                .toList();
        long instances = history.createHistoricProcessInstanceQuery().processDefinitionId(definitionId).count();
        return new DefinitionHeat(definitionId, definition.getKey(),
                definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
                instances, List.copyOf(activities), versions);
    }

    /**
     * The path the instance took through its definition version's diagram: what ran, how often and
     * how long, what still runs, where incidents were raised, and the sequence flows taken. It holds
     * no form values or variables, so reading it is not recorded; the timeline beside it is.
     */
    public InstanceDiagram diagram(@NotBlank String instanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        if (instance == null) {
            throw new InstanceNotFound(instanceId);
        }
        List<HistoricActivityInstance> runs = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        Map<String, HistoricActivityInstance> byId = new HashMap<>();
        runs.forEach(run -> byId.put(run.getId(), run));

        List<ActivityVisit> visits = new ArrayList<>();
        Map<String, long[]> figures = new LinkedHashMap<>(); // activity id -> {finished, active, cancelled, millis, ended}
        Map<String, List<String>> called = new HashMap<>();
        for (HistoricActivityInstance run : runs) {
            boolean body = MULTI_INSTANCE_BODY.equals(run.getActivityType());
            String activityId = body ? run.getActivityId().replace(MULTI_INSTANCE_SUFFIX, "") : run.getActivityId();
            HistoricActivityInstance parent = byId.get(run.getParentActivityInstanceId());
            boolean insideBody = parent != null && MULTI_INSTANCE_BODY.equals(parent.getActivityType());
            if (!insideBody) {
                // a multi-instance activity is entered and left as its body; its inner runs are the body's business
                visits.add(new ActivityVisit(activityId, String.valueOf(run.getParentActivityInstanceId()),
                        instant(run.getStartTime()), instant(run.getEndTime()), run.isCanceled()));
            }
            if (body) {
                continue; // counted by its inner runs
            }
            long[] figure = figures.computeIfAbsent(activityId, id -> new long[5]);
            if (run.getEndTime() == null) {
                figure[1]++;
            } else if (run.isCanceled()) {
                figure[2]++;
            } else {
                figure[0]++;
            }
            if (run.getDurationInMillis() != null) {
                figure[3] += run.getDurationInMillis();
                figure[4]++;
            }
            if (run.getCalledProcessInstanceId() != null) {
                called.computeIfAbsent(activityId, id -> new ArrayList<>()).add(run.getCalledProcessInstanceId());
            }
        }
        Map<String, long[]> incidents = new HashMap<>(); // activity id -> {open, closed}
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instanceId).list()) {
            if (incident.getActivityId() != null) {
                String activityId = incident.getActivityId().replace(MULTI_INSTANCE_SUFFIX, "");
                incidents.computeIfAbsent(activityId, id -> new long[2])[incident.isOpen() ? 0 : 1]++;
                figures.computeIfAbsent(activityId, id -> new long[5]);
            }
        }
        List<InstanceDiagram.ActivityPath> activities = new ArrayList<>();
        figures.forEach((activityId, figure) -> {
            long[] raised = incidents.getOrDefault(activityId, new long[2]);
            activities.add(new InstanceDiagram.ActivityPath(activityId, figure[0], figure[1], figure[2], raised[0],
                    raised[1], figure[4] == 0 ? null : figure[3], List.copyOf(called.getOrDefault(activityId, List.of()))));
        });

        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<SequenceFlowLink> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                .map(flow -> new SequenceFlowLink(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(),
                        joins(flow.getTarget())))
                .toList();
        return new InstanceDiagram(instance.getProcessDefinitionId(), definitionXml(instance.getProcessDefinitionId()),
                List.copyOf(activities), List.copyOf(TakenFlows.of(flows, visits)));
    }

    /** A process definition version's BPMN model, to draw its diagram. */
    public String definitionXml(@NotBlank String definitionId) {
        try (InputStream model = repository.getProcessModel(definitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NotFoundException missing) {
            throw new InstanceNotFound(definitionId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean joins(FlowNode target) {
        return (target instanceof ParallelGateway || target instanceof InclusiveGateway)
                && target.getIncoming().size() > 1;
    }

    /** The instance's timeline; the reading is recorded in the audit trail. */
    public Timeline timeline(@NotBlank String instanceId) {
        Timeline timeline = assemble(instanceId);
        recordReading(timeline, Map.of("view", "timeline"));
        return timeline;
    }

    /** The instance's timeline, read to be exported; the export is recorded in the audit trail. */
    public Timeline timelineForExport(@NotBlank String instanceId, @NotNull ExportFormat format) {
        Timeline timeline = assemble(instanceId);
        recordReading(timeline, Map.of("view", "export", "format", format.name()));
        return timeline;
    }

    private Optional<HistoricProcessInstanceQuery> query(HistorySearch search) {
        if (search.hasDateRangeBackwards()) {
            return Optional.empty();
        }
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
        if (search.campaignId() != null) {
            Optional<Campaign> campaign = campaigns.campaign(search.campaignId());
            if (campaign.isEmpty()) {
                return Optional.empty();
            }
            query.processInstanceBusinessKey(campaign.get().getBusinessKey());
        }
        if (hasText(search.businessKey())) {
            query.processInstanceBusinessKeyLike("%" + likeEscaped(search.businessKey().strip()) + "%");
        }
        if (hasText(search.partnerUserId())) {
            Set<String> involving = history.createHistoricTaskInstanceQuery()
                    .taskAssignee(search.partnerUserId().strip()).list().stream()
                    .map(HistoricTaskInstance::getProcessInstanceId)
                    .filter(id -> id != null)
                    .collect(Collectors.toSet());
            if (involving.isEmpty()) {
                return Optional.empty();
            }
            query.processInstanceIds(involving);
        }
        if (search.ideaId() != null) {
            query.variableValueEquals(RealizationProcess.IDEA_ID, search.ideaId());
        }
        if (hasText(search.processKey())) {
            query.processDefinitionKey(search.processKey().strip());
        }
        if (search.state() != null) {
            switch (search.state()) {
                case ACTIVE -> query.active();
                case SUSPENDED -> query.suspended();
                case COMPLETED -> query.completed();
                case TERMINATED -> query.or().externallyTerminated().internallyTerminated().endOr();
                case WITH_INCIDENTS -> query.withIncidents();
            }
        }
        if (search.startedFrom() != null) {
            query.startedAfter(Date.from(search.startedFrom().atStartOfDay(ZONE).toInstant()));
        }
        if (search.startedTo() != null) {
            query.startedBefore(Date.from(search.startedTo().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        return Optional.of(query);
    }

    private Timeline assemble(String instanceId) {
        HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        if (found == null) {
            throw new InstanceNotFound(instanceId);
        }
        InstanceSummary instance = InstanceSummary.of(found);
        InstanceSummary calledBy = found.getSuperProcessInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(found.getSuperProcessInstanceId())
                        .list().stream().findFirst().map(InstanceSummary::of).orElse(null);
        List<InstanceSummary> called = history.createHistoricProcessInstanceQuery().superProcessInstanceId(instanceId)
                .orderByProcessInstanceStartTime().asc().list().stream().map(InstanceSummary::of).toList();

        List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().processInstanceId(instanceId)
                .orderByTimestamp().asc().list();
        Map<String, String> actorByOperation = new HashMap<>();
        for (UserOperationLogEntry operation : operations) {
            if (operation.getOperationId() != null && operation.getUserId() != null) {
                actorByOperation.putIfAbsent(operation.getOperationId(), operation.getUserId());
            }
        }

        List<TimelineEntry> entries = new ArrayList<>();
        List<TaskRecord> taskRecords = taskRecords(instanceId, operations);
        Map<String, TaskRecord> taskByActivityInstance = new HashMap<>();
        for (TaskRecord task : taskRecords) {
            taskByActivityInstance.put(task.activityInstanceId(), task);
            entries.add(new TimelineEntry(task.createdAt(), TimelineKind.TASK, task.name(),
                    task.completedBy() != null ? task.completedBy() : task.assignee(), taskDetail(task),
                    task.endedAt(), task.durationMillis(), null));
        }
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            if ("userTask".equals(activity.getActivityType())) {
                continue; // shown as the task, with who claimed and completed it
            }
            entries.add(new TimelineEntry(instant(activity.getStartTime()), kindOf(activity.getActivityType()),
                    activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName(), null,
                    activity.getActivityType() + (activity.isCanceled() ? " (cancelled)" : ""),
                    instant(activity.getEndTime()), activity.getDurationInMillis(),
                    activity.getCalledProcessInstanceId()));
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instanceId)
                .disableBinaryFetching().orderByTime().asc().list()) {
            // values set as a task completes belong to that task's form, and to whoever completed it
            TaskRecord task = detail.getTaskId() != null
                    ? taskRecords.stream().filter(t -> t.id().equals(detail.getTaskId())).findFirst().orElse(null)
                    : taskByActivityInstance.get(detail.getActivityInstanceId());
            String actor = detail.getUserOperationId() == null ? null
                    : actorByOperation.get(detail.getUserOperationId());
            if (actor == null && task != null) {
                actor = task.completedBy();
            }
            String form = task == null ? "" : task.name() + " · ";
            if (detail instanceof HistoricVariableUpdate update) {
                entries.add(new TimelineEntry(instant(update.getTime()),
                        task != null ? TimelineKind.FORM_VALUE : TimelineKind.VARIABLE, update.getVariableName(), actor,
                        form + "#" + update.getRevision() + " " + valueText(update), null, null, null));
            } else if (detail instanceof HistoricFormField field) {
                entries.add(new TimelineEntry(instant(field.getTime()), TimelineKind.FORM_VALUE, field.getFieldId(),
                        actor, form + text(field.getFieldValue()), null, null, null));
            }
        }
        for (Comment comment : tasks.getProcessInstanceComments(instanceId)) {
            entries.add(new TimelineEntry(instant(comment.getTime()), TimelineKind.COMMENT,
                    comment.getTaskId() == null ? "" : taskName(taskRecords, comment.getTaskId()), comment.getUserId(),
                    text(comment.getFullMessage()), null, null, null));
        }
        List<DecisionRecord> decisions = decisions(instanceId);
        for (DecisionRecord decision : decisions) {
            entries.add(new TimelineEntry(decision.evaluatedAt(), TimelineKind.DECISION, decision.decisionName(), null,
                    decision.inputs() + " → " + decision.outputs(), null, null, null));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instanceId).list()) {
            String status = incident.isOpen() ? "open" : incident.isResolved() ? "resolved" : "deleted";
            entries.add(new TimelineEntry(instant(incident.getCreateTime()), TimelineKind.INCIDENT,
                    incident.getIncidentType(), null,
                    incident.getActivityId() + ": " + text(incident.getIncidentMessage()) + " (" + status + ")",
                    instant(incident.getEndTime()), null, null));
        }
        for (UserOperationLogEntry operation : operations) {
            String change = operation.getProperty() == null ? ""
                    : operation.getProperty() + ": " + text(operation.getOrgValue()) + " → "
                            + text(operation.getNewValue());
            entries.add(new TimelineEntry(instant(operation.getTimestamp()), TimelineKind.OPERATION,
                    operation.getOperationType() + " " + operation.getEntityType(), operation.getUserId(), change,
                    null, null, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Timeline(instance, calledBy, called, List.copyOf(entries), taskRecords, decisions);
    }

    private List<TaskRecord> taskRecords(String instanceId, List<UserOperationLogEntry> operations) {
        List<TaskRecord> records = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list()) {
            UserOperationLogEntry claim = null;
            UserOperationLogEntry completion = null;
            for (UserOperationLogEntry operation : operations) {
                if (!task.getId().equals(operation.getTaskId())) {
                    continue;
                }
                if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(operation.getOperationType())
                        && operation.getNewValue() != null) {
                    claim = operation; // the last claim is the one that held
                } else if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.getOperationType())) {
                    completion = operation;
                }
            }
            String completedBy = completion != null ? completion.getUserId()
                    : "completed".equals(task.getDeleteReason()) ? task.getAssignee() : null;
            records.add(new TaskRecord(task.getId(), task.getActivityInstanceId(), task.getTaskDefinitionKey(),
                    task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), task.getAssignee(),
                    claim == null ? null : claim.getNewValue(), claim == null ? null : instant(claim.getTimestamp()),
                    completedBy, instant(task.getStartTime()), instant(task.getEndTime()),
                    task.getDurationInMillis(), instant(task.getDueDate()),
                    task.getEndTime() == null ? "open" : task.getDeleteReason()));
        }
        return records;
    }

    private List<DecisionRecord> decisions(String instanceId) {
        List<DecisionRecord> decisions = new ArrayList<>();
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instanceId).includeInputs().includeOutputs().disableBinaryFetching()
                .orderByEvaluationTime().asc().list()) {
            String inputs = decision.getInputs().stream()
                    .map(input -> nameOr(input.getClauseName(), input.getClauseId()) + " = "
                            + safeValue(input::getValue))
                    .collect(Collectors.joining("; "));
            String outputs = decision.getOutputs().stream()
                    .map(output -> nameOr(output.getVariableName(),
                            nameOr(output.getClauseName(), output.getClauseId())) + " = " + safeValue(output::getValue))
                    .collect(Collectors.joining("; "));
            decisions.add(new DecisionRecord(decision.getId(), decision.getDecisionDefinitionKey(),
                    nameOr(decision.getDecisionDefinitionName(), decision.getDecisionDefinitionKey()),
                    decision.getActivityId(), instant(decision.getEvaluationTime()), inputs, outputs));
        }
        return decisions;
    }

    private void recordReading(Timeline timeline, Map<String, String> how) {
        Map<String, String> details = new LinkedHashMap<>(how);
        details.put("process", timeline.instance().processKey());
        trail.record(AuditAction.PERSONAL_DATA_READ, AuditSubject.PROCESS_INSTANCE, timeline.instance().id(),
                campaignOf(timeline.instance().id()), details);
    }

    private void recordSearch(HistorySearch search, int first, List<InstanceSummary> page) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("view", "search");
        putIfSet(details, "campaignId", search.campaignId());
        putIfSet(details, "businessKey", search.businessKey());
        putIfSet(details, "partner", search.partnerUserId());
        putIfSet(details, "ideaId", search.ideaId());
        putIfSet(details, "process", search.processKey());
        putIfSet(details, "state", search.state());
        putIfSet(details, "startedFrom", search.startedFrom());
        putIfSet(details, "startedTo", search.startedTo());
        details.put("first", String.valueOf(first));
        details.put("rows", String.valueOf(page.size()));
        details.put("instances", page.stream().map(InstanceSummary::id).collect(Collectors.joining(",")));
        trail.record(AuditAction.PERSONAL_DATA_READ, AuditSubject.HISTORY_SEARCH, "instances", search.campaignId(),
                details);
    }

    private static void putIfSet(Map<String, String> details, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            details.put(key, value.toString().strip());
        }
    }

    private Long campaignOf(String instanceId) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(RealizationProcess.CAMPAIGN_ID).disableBinaryFetching().list().stream().findFirst()
                .orElse(null);
        return variable != null && variable.getValue() instanceof Long id ? id : null;
    }

    private static String taskDetail(TaskRecord task) {
        StringBuilder detail = new StringBuilder(task.outcome() == null ? "" : task.outcome());
        if (task.claimedBy() != null) {
            detail.append("; claimed by ").append(task.claimedBy());
        }
        if (task.due() != null) {
            detail.append("; due ").append(task.due());
        }
        return detail.toString();
    }

    private static String taskName(List<TaskRecord> records, String taskId) {
        return records.stream().filter(task -> task.id().equals(taskId)).map(TaskRecord::name).findFirst()
                .orElse(taskId);
    }

    static TimelineKind kindOf(String activityType) {
        if (activityType != null && (activityType.toLowerCase(java.util.Locale.ROOT).contains("escalation")
                || "boundaryTimer".equals(activityType))) {
            return TimelineKind.ESCALATION;
        }
        return TimelineKind.ACTIVITY;
    }

    private static String valueText(HistoricVariableUpdate update) {
        if (update.getErrorMessage() != null) {
            return "(" + update.getTypeName() + ": " + update.getErrorMessage() + ")";
        }
        return safeValue(update::getValue);
    }

    private static String safeValue(java.util.function.Supplier<Object> value) {
        try {
            return text(value.get());
        } catch (RuntimeException unreadable) {
            // a value the engine cannot deserialize any more is still worth a line in the timeline
            return "(unreadable value)";
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
        return text.length() > VALUE_LIMIT ? text.substring(0, VALUE_LIMIT) + "…" : text;
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String text) {
        // "_" matches any one character, itself included; "%" would widen the search to anything
        return text.replace("%", "");
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
