package com.cocreation5r.realization;

import static com.cocreation5r.process.RealizationProcess.IDEA_ID;
import static com.cocreation5r.process.RealizationProcess.OUTCOME;
import static com.cocreation5r.process.RealizationProcess.TRIAGE_DECISION;
import static com.cocreation5r.process.RealizationProcess.TRIAGE_IDEA;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.evaluation.PublishedSchemes;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.process.RealizationProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;

/**
 * Triage as mid-level managers work it (and program managers, once a triage is escalated to them):
 * classify the idea by business concept and route it to an execution department for evaluation,
 * mark it a duplicate of an earlier idea, or send an idea a department declined to another one.
 */
@Stateless
@ActAsCaller
public class TriageService {

    @Inject
    private TaskAccess tasks;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RealizationRepository realization;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @RolesAllowed({Groups.TRIAGE_MANAGER, Groups.PROGRAM_MANAGER})
    public TriageView triageOfTask(@NotNull String taskId) {
        Task task = triageTask(tasks.requireVisible(taskId));
        Idea idea = ideaOf(task);
        Optional<Triage> triage = realization.triageOfTask(task.getId());
        Optional<HandOver> declined = lastDecline(idea);
        List<TriageView.IdeaOption> others = ideas.ofCampaign(idea.getCampaignId()).stream()
                .filter(other -> !other.getId().equals(idea.getId()) && other.getStatus() != IdeaStatus.DRAFT)
                .map(other -> new TriageView.IdeaOption(other.getId(), other.getTitle()))
                .toList();
        return new TriageView(IdeaDossier.of(idea, campaigns.require(idea.getCampaignId()), true),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                triage.map(Triage::isEscalated).orElse(false),
                declined.map(HandOver::getDepartment).orElse(null), declined.map(HandOver::getReason).orElse(null),
                declined.isPresent(), others);
    }

    /** Records the manager's triage and moves the idea on: to evaluation, duplicate, or a new department. */
    @RolesAllowed({Groups.TRIAGE_MANAGER, Groups.PROGRAM_MANAGER})
    public void triage(@NotNull String taskId, @NotNull @Valid TriageForm form) {
        Task task = triageTask(tasks.requireClaimedByCaller(taskId, TRIAGE_IDEA));
        Idea idea = ideaOf(task);
        boolean returned = lastDecline(idea).isPresent();
        Map<String, Object> variables = new HashMap<>();
        variables.put(TRIAGE_DECISION, form.decision().processValue());
        switch (form.decision()) {
            case DUPLICATE -> {
                boolean earlierIdeaOfCampaign = ideas.find(form.duplicateOfIdeaId())
                        .filter(other -> !other.getId().equals(idea.getId())
                                && other.getCampaignId().equals(idea.getCampaignId())
                                && other.getStatus() != IdeaStatus.DRAFT)
                        .isPresent();
                if (!earlierIdeaOfCampaign) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.DUPLICATE_NOT_IN_CAMPAIGN);
                }
                idea.moveTo(IdeaStatus.DUPLICATE);
                variables.put(OUTCOME, RealizationProcess.DUPLICATE);
            }
            case EVALUATE -> {
                if (returned || evaluations.score(idea.getId(), idea.getRealizationRound()).isPresent()
                        || realization.fastTrack(idea.getId(), idea.getRealizationRound()).isPresent()) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.ALREADY_EVALUATED);
                }
                schemes.require(idea.getCampaignId());
                idea.moveTo(IdeaStatus.IN_EVALUATION);
            }
            case HAND_OVER -> {
                if (!returned) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.NOT_ACCEPTED_YET);
                }
                variables.put(OUTCOME, RealizationProcess.ACCEPTED);
            }
        }
        Instant now = clock.instant();
        Triage triage = realization.triageOfTask(task.getId()).orElseThrow(() ->
                new IllegalStateException("Triage task " + task.getId() + " has no triage record"));
        triage.decide(form, caller.userId(), now);
        tasks.complete(task, variables);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("round", String.valueOf(idea.getRealizationRound()));
        details.put("decision", form.decision().name());
        details.put("businessConcept", form.businessConcept().name());
        details.put("department", triage.getDepartment() == null ? "" : triage.getDepartment().name());
        details.put("duplicateOf", triage.getDuplicateOfIdeaId() == null ? "" : triage.getDuplicateOfIdeaId().toString());
        details.put("escalated", String.valueOf(triage.isEscalated()));
        auditTrail.record(AuditAction.IDEA_TRIAGED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), details);
    }

    /** The department's decline that sent the idea back to this triage, if it came back. */
    private Optional<HandOver> lastDecline(Idea idea) {
        List<HandOver> handOvers = realization.handOvers(idea.getId(), idea.getRealizationRound());
        return handOvers.isEmpty() || handOvers.get(handOvers.size() - 1).isTaken() || idea.getStatus() != IdeaStatus.IN_TRIAGE
                ? Optional.empty() : Optional.of(handOvers.get(handOvers.size() - 1));
    }

    private static Task triageTask(Task task) {
        if (!TRIAGE_IDEA.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, task.getId());
        }
        return task;
    }

    private Idea ideaOf(Task task) {
        return ideas.require(tasks.variable(task, IDEA_ID, Long.class));
    }
}
