package com.cocreation5r.retention;

import static com.cocreation5r.process.RetentionProcess.*;

import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalDouble;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Measures what a partner contributed to the campaign, from the database, for the honours
 * decision, and keeps the measures as their {@link PartnerContribution}.
 *
 * <p>The score of an idea (0–100) is the weighted score of its latest evaluated Realization or,
 * for an idea never evaluated (fast-tracked, say), the cohort's participant vote on it.
 */
@Named(MEASURE_CONTRIBUTION_DELEGATE)
@Dependent
public class MeasureContribution implements JavaDelegate {

    @Inject
    private RetentionRepository retention;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PartnerPool pool;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        String userId = (String) execution.getVariable(PARTNER_USER_ID);
        Partner partner = pool.byUserId(userId)
                .orElseThrow(() -> new IllegalStateException("No partner signs in as " + userId));
        ContributionMeasures measures = measure(campaignId, userId);
        Instant now = clock.instant();
        retention.contribution(campaignId, partner.getId()).ifPresentOrElse(
                measuredBefore -> measuredBefore.measured(measures, now),
                () -> retention.add(new PartnerContribution(campaignId, partner, measures, now)));
        execution.setVariable(IDEAS_SUBMITTED, measures.ideasSubmitted());
        execution.setVariable(AVERAGE_SCORE, measures.averageScore());
        execution.setVariable(IDEAS_ACCEPTED, measures.ideasAccepted());
        execution.setVariable(ACTIVITY, measures.activity());
    }

    ContributionMeasures measure(Long campaignId, String userId) {
        OptionalDouble average = retention.submittedIdeaIds(campaignId, userId).stream()
                .map(this::scoreOf)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
        return new ContributionMeasures(
                Math.toIntExact(retention.ideasIn(RetentionRepository.HANDED_IN, campaignId, userId)),
                average.isPresent() ? average.getAsDouble() : null,
                Math.toIntExact(retention.ideasIn(RetentionRepository.ACCEPTED, campaignId, userId)),
                Math.toIntExact(retention.votesCast(campaignId, userId) + retention.revisionsMade(campaignId, userId)));
    }

    private OptionalDouble scoreOf(Long ideaId) {
        for (int round = ideas.require(ideaId).getRealizationRound(); round > 0; round--) {
            var score = evaluations.score(ideaId, round);
            if (score.isPresent()) {
                return OptionalDouble.of(score.get().getWeightedScore().doubleValue());
            }
        }
        return ideas.participantVoteScore(ideaId);
    }
}
