package com.cocreation5r.realization;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A rejected or duplicate idea goes to the archive, where it stays searchable and can be reopened. */
@Named(RealizationProcess.ARCHIVE_IDEA_DELEGATE)
@Dependent
public class ArchiveIdea implements JavaDelegate {

    @Inject
    private IdeaRepository ideas;

    @Inject
    private RealizationRepository realization;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        Idea idea = ideas.require((Long) execution.getVariable(RealizationProcess.IDEA_ID));
        ArchiveReason reason = idea.getStatus() == IdeaStatus.DUPLICATE ? ArchiveReason.DUPLICATE
                : ArchiveReason.REJECTED;
        Instant now = clock.instant();
        idea.moveTo(IdeaStatus.ARCHIVED);
        realization.add(new IdeaArchiveEntry(idea.getId(), idea.getRealizationRound(), reason, now));
        boolean acknowledged = realization.explanation(idea.getId(), idea.getRealizationRound())
                .map(explanation -> explanation.getAcknowledgedAt() != null).orElse(false);
        auditTrail.record(AuditAction.IDEA_ARCHIVED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), Map.of(
                "round", String.valueOf(idea.getRealizationRound()),
                "reason", reason.name(),
                "explanationAcknowledged", String.valueOf(acknowledged)));
    }
}
