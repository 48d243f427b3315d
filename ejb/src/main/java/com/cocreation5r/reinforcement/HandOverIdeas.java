package com.cocreation5r.reinforcement;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditEntry;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.process.ReinforcementProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Closes the refinement window: every idea submitted to the cohort is checked once more against
 * the feasibility rules as the cohort left it (the warnings are kept for the evaluators) and
 * becomes {@code SUBMITTED}, ready for Realization.
 */
@Named(ReinforcementProcess.HAND_OVER_IDEAS_DELEGATE)
@Dependent
public class HandOverIdeas implements JavaDelegate {

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private FeasibilityRules rules;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(ReinforcementProcess.CAMPAIGN_ID);
        ReinforcementStage stage = reinforcement.requireStage(campaignId);
        Instant now = clock.instant();
        List<String> handedOver = new ArrayList<>();
        for (IdeaProposal proposal : reinforcement.submittedToCohort(campaignId)) {
            Idea idea = ideas.require(proposal.getIdeaId());
            if (idea.getStatus() != IdeaStatus.DRAFT) {
                continue;
            }
            reinforcement.add(new FeasibilityCheck(idea.getId(), idea.getRevisions().size(),
                    rules.check(campaignId, idea.getSubMission(), proposal.facts()), false, AuditEntry.SYSTEM, now));
            idea.submit(now);
            handedOver.add(String.valueOf(idea.getId()));
        }
        stage.close();
        execution.setVariable(ReinforcementProcess.SUBMITTED_IDEA_COUNT, handedOver.size());
        auditTrail.record(AuditAction.IDEAS_HANDED_OVER, AuditSubject.REINFORCEMENT_STAGE, campaignId, campaignId,
                Map.of("ideas", String.join(",", handedOver)));
    }
}
