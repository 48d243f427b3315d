package com.cocreation5r.evaluation;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.realization.RealizationRuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * What an evaluator's declaration and scores do once the evaluator is known to be allowed: the
 * rules, the records, the task's completion and the audit entry. {@link EvaluationService} checks
 * who may and calls these for the signed-in evaluator; the demo seeding calls them for its demo
 * evaluators.
 */
@ApplicationScoped
public class EvaluationActions {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private TaskAccess tasks;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /**
     * The evaluator states whether they have a conflict of interest. With one, their task is done
     * and the process replaces them; without one, they go on to score.
     */
    public void declareConflict(Task task, Idea idea, String evaluator, ConflictDeclaration declaration) {
        if (evaluations.declaration(idea.getId(), idea.getRealizationRound(), evaluator).isPresent()) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.ALREADY_DECLARED);
        }
        evaluations.add(new ConflictOfInterestDeclaration(idea.getId(), idea.getRealizationRound(), evaluator,
                declaration.conflicted(), declaration.statement(), clock.instant()));
        if (declaration.conflicted()) {
            tasks.complete(task, Map.of());
        }
        auditTrail.record(AuditAction.CONFLICT_OF_INTEREST_DECLARED, AuditSubject.IDEA, idea.getId(),
                idea.getCampaignId(), Map.of("round", String.valueOf(idea.getRealizationRound()),
                        "conflicted", String.valueOf(declaration.conflicted())));
    }

    /** The evaluator's scores for every criterion they score, against the published scheme only. */
    public void score(Task task, Idea idea, String evaluator, EvaluationForm form) {
        ConflictOfInterestDeclaration declaration = evaluations
                .declaration(idea.getId(), idea.getRealizationRound(), evaluator)
                .orElseThrow(() -> new RealizationRuleBroken(RealizationRuleBroken.Rule.DECLARE_CONFLICT_FIRST));
        if (declaration.isConflicted()) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.CONFLICT_DECLARED);
        }
        PublishedSchemes.Published published = schemes.require(idea.getCampaignId());
        List<String> scored = published.scheme().criteria().stream().map(Criterion::getName)
                .filter(name -> !WeightedScore.isParticipantVote(name)).toList();
        if (!Set.copyOf(scored).equals(form.scores().keySet())) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.SCORES_DO_NOT_MATCH_CRITERIA);
        }
        Map<String, Integer> inSchemeOrder = new LinkedHashMap<>();
        scored.forEach(name -> inSchemeOrder.put(name, form.scores().get(name)));
        evaluations.add(new Evaluation(idea.getId(), idea.getRealizationRound(), evaluator, published.digest(),
                inSchemeOrder, form.comment(), clock.instant()));
        tasks.complete(task, Map.of());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("round", String.valueOf(idea.getRealizationRound()));
        details.put("schemeDigest", published.digest());
        inSchemeOrder.forEach((criterion, score) -> details.put("score." + criterion, String.valueOf(score)));
        auditTrail.record(AuditAction.IDEA_EVALUATED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), details);
    }
}
