package com.cocreation5r.evaluation;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Computes the weighted score from the evaluations and the participant vote by the published
 * weights, stores it with the digest of the scheme, and decides acceptance by it. Refuses when the
 * scheme is not published, or when an evaluation was scored against another scheme.
 */
@Named(RealizationProcess.COMPUTE_SCORE_DELEGATE)
@Dependent
public class ComputeScore implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        PublishedSchemes.Published published = schemes.require(idea.getCampaignId());
        List<Evaluation> scored = evaluations.evaluations(idea.getId(), idea.getRealizationRound());
        if (scored.isEmpty()) {
            throw new IllegalStateException("Idea " + idea.getId() + " has no evaluation to score");
        }
        if (scored.stream().anyMatch(evaluation -> !evaluation.getSchemeDigest().equals(published.digest()))) {
            throw new IllegalStateException("Idea " + idea.getId() + " was evaluated against another scheme");
        }
        List<Map<String, Integer>> scores = scored.stream().map(ComputeScore::byCriterion).toList();
        WeightedScore score = WeightedScore.compute(published.scheme().criteria(),
                published.scheme().acceptanceThreshold(), scores,
                ideas.participantVoteScore(idea.getId()));
        evaluations.add(new IdeaScore(idea.getId(), idea.getRealizationRound(), score, published.digest(),
                scored.size(), clock.instant()));
        execution.setVariable(RealizationProcess.WEIGHTED_SCORE, score.total().doubleValue());
        execution.setVariable(RealizationProcess.OUTCOME,
                score.accepted() ? RealizationProcess.ACCEPTED : RealizationProcess.REJECTED);
        // who evaluated is internal: the partner's acknowledgment task must not carry it
        execution.removeVariable(RealizationProcess.EVALUATORS);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("round", String.valueOf(idea.getRealizationRound()));
        details.put("weightedScore", score.total().toPlainString());
        details.put("accepted", String.valueOf(score.accepted()));
        details.put("acceptanceThreshold", String.valueOf(published.scheme().acceptanceThreshold()));
        details.put("schemeDigest", published.digest());
        details.put("evaluators", String.valueOf(scored.size()));
        auditTrail.record(AuditAction.IDEA_SCORED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), details);
    }

    private static Map<String, Integer> byCriterion(Evaluation evaluation) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        evaluation.getScores().forEach(score -> scores.put(score.getCriterion(), score.getScore()));
        return scores;
    }
}
