package com.cocreation5r.evaluation;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * After a round of evaluations: every evaluator who declared a conflict of interest and has not
 * been replaced yet is replaced by someone not yet involved with the idea, who evaluates next.
 * When nobody is left to take a place, the idea is scored by the evaluators who did score it.
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
        int round = idea.getRealizationRound();
        List<ConflictOfInterestDeclaration> declarations = evaluations.declarations(idea.getId(), round);
        List<ConflictOfInterestDeclaration> toReplace = declarations.stream()
                .filter(ConflictOfInterestDeclaration::awaitsReplacement).toList();
        ArrayList<String> replacements = new ArrayList<>();
        if (!toReplace.isEmpty()) {
            Set<String> involved = new HashSet<>();
            declarations.forEach(declaration -> involved.add(declaration.getEvaluatorUserId()));
            evaluations.evaluations(idea.getId(), round).forEach(done -> involved.add(done.getEvaluatorUserId()));
            @SuppressWarnings("unchecked")
            List<String> lastRound = (List<String>) execution.getVariable(RealizationProcess.EVALUATORS);
            involved.addAll(lastRound);
            Iterator<String> chosen = selection.choose(execution.getProcessEngineServices(), toReplace.size(),
                    involved).iterator();
            for (ConflictOfInterestDeclaration declaration : toReplace) {
                if (chosen.hasNext()) {
                    String replacement = chosen.next();
                    declaration.replacedBy(replacement);
                    replacements.add(replacement);
                }
            }
        }
        execution.setVariable(RealizationProcess.EVALUATORS, replacements);
        execution.setVariable(RealizationProcess.REPLACEMENTS_NEEDED, !replacements.isEmpty());
    }
}
