package com.cocreation5r.realization;

import static com.cocreation5r.process.RealizationProcess.HAND_OVER_IDEA;
import static com.cocreation5r.process.RealizationProcess.HAND_OVER_TAKEN;
import static com.cocreation5r.process.RealizationProcess.IDEA_ID;
import static com.cocreation5r.process.RealizationProcess.TRACK_IMPLEMENTATION;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.evaluation.ScoreView;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.TaskAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;

/**
 * The execution department's side of Realization: take on an accepted idea or decline it with a
 * reason (it goes back to triage), then keep a progress log until the idea is implemented.
 */
@Stateless
@ActAsCaller
public class ExecutionService {

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
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Program managers see and decide a hand-over once its deadline passed and it was escalated to them. */
    @RolesAllowed({Groups.EXECUTION, Groups.PROGRAM_MANAGER})
    public HandOverView handOverOfTask(@NotNull String taskId) {
        Idea idea = ideaOf(tasks.requireVisible(taskId));
        int round = idea.getRealizationRound();
        Optional<Triage> routing = realization.routing(idea.getId(), round);
        return new HandOverView(IdeaDossier.of(idea, campaigns.require(idea.getCampaignId()), true),
                routing.map(Triage::getDepartment).orElse(null), routing.map(Triage::getBusinessConcept).orElse(null),
                evaluations.score(idea.getId(), round).map(ScoreView::of).orElse(null),
                realization.fastTrack(idea.getId(), round).map(FastTrack::getReason).orElse(null),
                realization.handOvers(idea.getId(), round).stream().filter(handOver -> !handOver.isTaken())
                        .map(handOver -> new HandOverView.Decline(handOver.getDepartment(), handOver.getReason()))
                        .toList());
    }

    /** The department takes the idea on (its implementation starts) or declines it with a reason. */
    @RolesAllowed({Groups.EXECUTION, Groups.PROGRAM_MANAGER})
    public void decideHandOver(@NotNull String taskId, @NotNull @Valid HandOverForm form) {
        Task task = tasks.requireClaimedByCaller(taskId, HAND_OVER_IDEA);
        Idea idea = ideaOf(task);
        Instant now = clock.instant();
        realization.add(new HandOver(idea.getId(), idea.getRealizationRound(), form, caller.userId(), now));
        if (form.taken()) {
            idea.moveTo(IdeaStatus.IN_EXECUTION);
            realization.add(new Implementation(idea.getId(), idea.getRealizationRound(), form.department(), now));
        }
        tasks.complete(task, Map.of(HAND_OVER_TAKEN, form.taken()));
        auditTrail.record(AuditAction.HAND_OVER_DECIDED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound()),
                        "department", form.department().name(),
                        "taken", String.valueOf(form.taken())));
    }

    @RolesAllowed(Groups.EXECUTION)
    public ImplementationView implementationOfTask(@NotNull String taskId) {
        Idea idea = ideaOf(tasks.requireVisible(taskId));
        Implementation implementation = implementationOf(idea);
        return new ImplementationView(IdeaDossier.of(idea, campaigns.require(idea.getCampaignId()), true),
                implementation.getDepartment(), implementation.getStartedAt(),
                implementation.getProgress().stream().map(note -> new ImplementationView.Progress(note.getNote(),
                        note.getRecordedBy(), note.getRecordedAt())).toList());
    }

    /** Adds an entry to the progress log; the task stays open. */
    @RolesAllowed(Groups.EXECUTION)
    public void recordProgress(@NotNull String taskId,
            @NotBlank(message = "{implementation.note.required}") @Size(max = 1000, message = "{comment.tooLong}")
            String note) {
        Idea idea = ideaOf(tasks.requireClaimedByCaller(taskId, TRACK_IMPLEMENTATION));
        implementationOf(idea).record(note, caller.userId(), clock.instant());
    }

    /** The idea is implemented: the log closes with a summary and the Realization ends. */
    @RolesAllowed(Groups.EXECUTION)
    public void completeImplementation(@NotNull String taskId,
            @NotBlank(message = "{implementation.summary.required}") @Size(max = 2000, message = "{comment.tooLong}")
            String summary) {
        Task task = tasks.requireClaimedByCaller(taskId, TRACK_IMPLEMENTATION);
        Idea idea = ideaOf(task);
        implementationOf(idea).complete(summary, caller.userId(), clock.instant());
        idea.moveTo(IdeaStatus.IMPLEMENTED);
        tasks.complete(task, Map.of());
        auditTrail.record(AuditAction.IMPLEMENTATION_COMPLETED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound())));
    }

    private Implementation implementationOf(Idea idea) {
        return realization.implementation(idea.getId(), idea.getRealizationRound()).orElseThrow(() ->
                new IllegalStateException("Idea " + idea.getId() + " has no implementation"));
    }

    private Idea ideaOf(Task task) {
        return ideas.require(tasks.variable(task, IDEA_ID, Long.class));
    }
}
