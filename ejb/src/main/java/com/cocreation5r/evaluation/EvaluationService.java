package com.cocreation5r.evaluation;

import static com.cocreation5r.process.RealizationProcess.EVALUATE_IDEA;
import static com.cocreation5r.process.RealizationProcess.IDEA_ID;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.realization.IdeaDossier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/**
 * Evaluation as evaluators work it: on their own task they declare any conflict of interest, then
 * score the idea against the published criteria. Under blind review they never learn who the
 * partner is. Staff following an idea read completed evaluations and the score; partners never
 * read evaluations, and no one reads one in progress.
 */
@Stateless
@ActAsCaller
public class EvaluationService {

    @Inject
    private TaskAccess tasks;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private Caller caller;

    @Inject
    private EvaluationActions actions;

    /** The idea an evaluation task is about, as the evaluator may see it. */
    @RolesAllowed(Groups.EVALUATOR)
    public EvaluationDossier evaluationOfTask(@NotNull String taskId) {
        Task task = evaluationTask(tasks.requireVisible(taskId));
        Idea idea = ideaOf(task);
        PublishedSchemes.Published published = schemes.require(idea.getCampaignId());
        boolean blind = published.scheme().blindReview();
        Boolean declared = evaluations.declaration(idea.getId(), idea.getRealizationRound(), caller.userId())
                .map(ConflictOfInterestDeclaration::isConflicted).orElse(null);
        List<Criterion> criteria = published.scheme().criteria();
        return new EvaluationDossier(IdeaDossier.of(idea, campaigns.require(idea.getCampaignId()), !blind), blind,
                published.scheme().method(),
                criteria.stream().filter(criterion -> !WeightedScore.isParticipantVote(criterion.getName())).toList(),
                criteria.stream().filter(criterion -> WeightedScore.isParticipantVote(criterion.getName())).findFirst()
                        .orElse(null),
                declared, published.digest());
    }

    /**
     * The evaluator states whether they have a conflict of interest. With one, their task is done
     * and the process replaces them; without one, they go on to score.
     */
    @RolesAllowed(Groups.EVALUATOR)
    public void declareConflict(@NotNull String taskId, @NotNull @Valid ConflictDeclaration declaration) {
        Task task = evaluationTask(tasks.requireClaimedByCaller(taskId, EVALUATE_IDEA));
        actions.declareConflict(task, ideaOf(task), caller.userId(), declaration);
    }

    /** The evaluator's scores for every criterion they score, against the published scheme only. */
    @RolesAllowed(Groups.EVALUATOR)
    public void score(@NotNull String taskId, @NotNull @Valid EvaluationForm form) {
        Task task = evaluationTask(tasks.requireClaimedByCaller(taskId, EVALUATE_IDEA));
        actions.score(task, ideaOf(task), caller.userId(), form);
    }

    /**
     * The completed evaluations of the idea's current Realization, for staff who decide on or
     * explain it. Evaluations are internal: no partner reads them.
     */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.EXECUTIVE, Groups.DOMAIN_EXPERT})
    public List<EvaluationSummary> evaluationsOf(@NotNull Long ideaId) {
        Idea idea = ideas.require(ideaId);
        return evaluations.evaluations(idea.getId(), idea.getRealizationRound()).stream()
                .map(evaluation -> new EvaluationSummary(evaluation.getEvaluatorUserId(),
                        evaluation.getScores().stream().collect(Collectors.toMap(CriterionScore::getCriterion,
                                CriterionScore::getScore, (a, b) -> a, LinkedHashMap::new)),
                        evaluation.getComment(), evaluation.getScoredAt(), evaluation.getSchemeDigest()))
                .toList();
    }

    /** The computed score of the idea's current Realization, once there is one. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.EXECUTIVE, Groups.DOMAIN_EXPERT, Groups.EXECUTION,
            Groups.TRIAGE_MANAGER, Groups.AUDITOR})
    public Optional<ScoreView> scoreOf(@NotNull Long ideaId) {
        Idea idea = ideas.require(ideaId);
        return evaluations.score(idea.getId(), idea.getRealizationRound()).map(ScoreView::of);
    }

    private static Task evaluationTask(Task task) {
        if (!EVALUATE_IDEA.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, task.getId());
        }
        return task;
    }

    private Idea ideaOf(Task task) {
        return ideas.require(tasks.variable(task, IDEA_ID, Long.class));
    }
}
