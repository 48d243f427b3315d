package com.cocreation5r.evaluation;

import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Chooses the evaluators of a triaged idea and their deadline. Refuses (the job fails, an
 * incident shows) when the campaign's scheme is not published: nobody scores without it.
 */
@Named(RealizationProcess.PREPARE_EVALUATION_DELEGATE)
@Dependent
public class PrepareEvaluation implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluatorSelection selection;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        schemes.require(idea.getCampaignId());
        List<String> involved = evaluations.declarations(idea.getId(), idea.getRealizationRound()).stream()
                .map(ConflictOfInterestDeclaration::getEvaluatorUserId).toList();
        List<String> chosen = selection.choose(execution.getProcessEngineServices(),
                EvaluatorSelection.EVALUATORS_PER_IDEA, involved);
        if (chosen.isEmpty()) {
            throw new IllegalStateException("No evaluator is free to evaluate idea " + idea.getId());
        }
        execution.setVariable(RealizationProcess.EVALUATORS, new ArrayList<>(chosen));
        execution.setVariable(RealizationProcess.EVALUATION_DUE,
                Date.from(clock.instant().plus(Duration.ofDays(RealizationProcess.EVALUATION_DUE_DAYS))));
    }
}
