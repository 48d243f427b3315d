package com.cocreation5r.realization;

import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;

/**
 * Gives a new triage task to the next mid-level manager in the rotation, unless every manager is
 * at the cap: then the task stays with the group. The rotation row is locked first, so concurrent
 * assignments take turns and each sees the others' results. The task stays offered to the group
 * as well, so a manager can hand it back.
 */
@Named(RealizationProcess.ASSIGN_TRIAGE_LISTENER)
@Dependent
public class AssignTriage implements TaskListener {

    /** System property with the cap; without it, {@value #DEFAULT_CAP}. */
    static final String CAP_PROPERTY = "cocreation.triage-cap";
    static final int DEFAULT_CAP = 5;

    @Inject
    private RealizationRepository realization;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private Clock clock;

    @Override
    public void notify(DelegateTask task) {
        Long ideaId = (Long) task.getVariable(RealizationProcess.IDEA_ID);
        Idea idea = ideas.require(ideaId);
        TriageRotation rotation = realization.lockRotation();
        List<String> managers = EngineLookups.withoutAuthorization(() -> task.getProcessEngineServices()
                .getIdentityService().createUserQuery().memberOfGroup(RealizationProcess.TRIAGE_MANAGER_GROUP)
                .orderByUserId().asc().list().stream().map(User::getId).toList());
        Optional<String> manager = TriageRoundRobin.next(managers, realization.openTriageLoad(managers),
                realization.lastTurns(managers), cap());
        Long turn = manager.isPresent() ? rotation.nextTurn() : null;
        manager.ifPresent(task::setAssignee);
        Instant now = clock.instant();
        realization.add(new Triage(ideaId, idea.getRealizationRound(), task.getId(), manager.orElse(null), turn, now,
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }

    private static int cap() {
        return Integer.getInteger(CAP_PROPERTY, DEFAULT_CAP);
    }
}
