package com.cocreation5r.evaluation;

import com.cocreation5r.mission.Criterion;
import com.cocreation5r.realization.IdeaDossier;
import java.io.Serializable;
import java.util.List;

/**
 * What an evaluator sees on their task: the idea (without the partner under blind review), the
 * criteria they score, the participant-vote criterion the cohort scores, and their declaration.
 *
 * @param conflictDeclared null before the evaluator declared, then whether they have a conflict
 */
public record EvaluationDossier(IdeaDossier idea, boolean blindReview, String evaluationMethod,
        List<Criterion> criteriaToScore, Criterion participantVoteCriterion, Boolean conflictDeclared,
        String schemeDigest) implements Serializable {

    public EvaluationDossier {
        criteriaToScore = List.copyOf(criteriaToScore);
    }

    public boolean mayScore() {
        return Boolean.FALSE.equals(conflictDeclared);
    }
}
