package com.cocreation5r.realization;

import static com.cocreation5r.process.RealizationProcess.IDEA_ID;
import static com.cocreation5r.process.RealizationProcess.TRIAGE_IDEA;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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
    private RealizationActions actions;

    @Inject
    private Caller caller;

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
        actions.triage(task, ideaOf(task), form, caller.userId());
    }

    private Optional<HandOver> lastDecline(Idea idea) {
        return actions.lastDecline(idea);
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
