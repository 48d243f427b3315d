package com.cocreation5r.evaluation;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * After a round of evaluations: every evaluator of the round who declared a conflict of interest
 * is replaced by someone not yet involved with the idea, who evaluates next. When nobody is left
 * to replace them, the idea is scored by the evaluators who did score it.
 */
@Named(RealizationProcess.REVIEW_CONFLICTS_DELEGATE)
@Dependent
public class ReviewConflicts implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluatorSelection selection;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        List<ConflictOfInterestDeclaration> declarations = evaluations.declarations(idea.getId(),
                idea.getRealizationRound());
        Set<String> involved = new HashSet<>();
        declarations.forEach(declaration -> involved.add(declaration.getEvaluatorUserId()));
        @SuppressWarnings("unchecked")
        List<String> lastRound = (List<String>) execution.getVariable(RealizationProcess.EVALUATORS);
        involved.addAll(lastRound);
        long conflicted = declarations.stream()
                .filter(declaration -> declaration.isConflicted() && lastRound.contains(declaration.getEvaluatorUserId()))
                .count();
        ArrayList<String> replacements = new ArrayList<>(conflicted == 0 ? List.of()
                : selection.choose(execution.getProcessEngineServices(), (int) conflicted, involved));
        execution.setVariable(RealizationProcess.EVALUATORS, replacements);
        execution.setVariable(RealizationProcess.REPLACEMENTS_NEEDED, !replacements.isEmpty());
    }
}
