package com.cocreation5r.realization;

import static com.cocreation5r.process.RealizationProcess.ACKNOWLEDGEMENT_DUE;
import static com.cocreation5r.process.RealizationProcess.ACKNOWLEDGEMENT_DUE_DAYS;
import static com.cocreation5r.process.RealizationProcess.FAST_TRACK_MESSAGE;
import static com.cocreation5r.process.RealizationProcess.IDEA_ID;
import static com.cocreation5r.process.RealizationProcess.OUTCOME;
import static com.cocreation5r.process.RealizationProcess.TRIAGE_DECISION;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.evaluation.PublishedSchemes;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

/**
 * What triage, the explanation and the fast-track do once the caller is known to be allowed: the
 * rules of each step, its records, the task's completion and the audit entry. The services check
 * who may (roles, the claimed task) and call these for the signed-in user; the demo seeding calls
 * them for its demo users.
 */
@ApplicationScoped
public class RealizationActions {

    /** Where an idea can still be fast-tracked: before the decision. */
    static final Set<IdeaStatus> BEFORE_DECISION = EnumSet.of(IdeaStatus.IN_TRIAGE, IdeaStatus.IN_EVALUATION);

    static final String EXPLANATION_READY = "realization.explanationReady";

    @Inject
    private IdeaRepository ideas;

    @Inject
    private RealizationRepository realization;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private PublishedSchemes schemes;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private TaskAccess tasks;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Records the manager's triage of the idea on its triage task and completes the task. */
    public void triage(Task task, Idea idea, TriageForm form, String manager) {
        boolean returned = lastDecline(idea).isPresent();
        Map<String, Object> variables = new HashMap<>();
        variables.put(TRIAGE_DECISION, form.decision().processValue());
        switch (form.decision()) {
            case DUPLICATE -> {
                boolean earlierIdeaOfCampaign = ideas.find(form.duplicateOfIdeaId())
                        .filter(other -> !other.getId().equals(idea.getId())
                                && other.getCampaignId().equals(idea.getCampaignId())
                                && other.getStatus() != IdeaStatus.DRAFT)
                        .isPresent();
                if (!earlierIdeaOfCampaign) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.DUPLICATE_NOT_IN_CAMPAIGN);
                }
                idea.moveTo(IdeaStatus.DUPLICATE);
                variables.put(OUTCOME, RealizationProcess.DUPLICATE);
            }
            case EVALUATE -> {
                if (returned || evaluations.score(idea.getId(), idea.getRealizationRound()).isPresent()
                        || realization.fastTrack(idea.getId(), idea.getRealizationRound()).isPresent()) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.ALREADY_EVALUATED);
                }
                schemes.require(idea.getCampaignId());
                idea.moveTo(IdeaStatus.IN_EVALUATION);
            }
            case HAND_OVER -> {
                if (!returned) {
                    throw new RealizationRuleBroken(RealizationRuleBroken.Rule.NOT_ACCEPTED_YET);
                }
                variables.put(OUTCOME, RealizationProcess.ACCEPTED);
            }
        }
        Triage triage = realization.triageOfTask(task.getId()).orElseThrow(() ->
                new IllegalStateException("Triage task " + task.getId() + " has no triage record"));
        triage.decide(form, manager, clock.instant());
        tasks.complete(task, variables);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("round", String.valueOf(idea.getRealizationRound()));
        details.put("decision", form.decision().name());
        details.put("businessConcept", form.businessConcept().name());
        details.put("department", triage.getDepartment() == null ? "" : triage.getDepartment().name());
        details.put("duplicateOf", triage.getDuplicateOfIdeaId() == null ? "" : triage.getDuplicateOfIdeaId().toString());
        details.put("escalated", String.valueOf(triage.isEscalated()));
        auditTrail.record(AuditAction.IDEA_TRIAGED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(), details);
    }

    /** The department's decline that sent the idea back to triage, if it came back. */
    Optional<HandOver> lastDecline(Idea idea) {
        List<HandOver> handOvers = realization.handOvers(idea.getId(), idea.getRealizationRound());
        if (handOvers.isEmpty() || idea.getStatus() != IdeaStatus.IN_TRIAGE) {
            return Optional.empty();
        }
        HandOver last = handOvers.get(handOvers.size() - 1);
        return last.isTaken() ? Optional.empty() : Optional.of(last);
    }

    /** Records the expert's one-to-one explanation on their task, tells the partner, and completes the task. */
    public void explain(Task task, Idea idea, ExplanationForm form, String expert) {
        List<String> criteria = criteriaOf(idea);
        List<RejectionReason> reasons = form.reasonIds().stream().distinct()
                .map(id -> realization.reason(id)
                        .filter(reason -> reason.isActive() && reason.appliesTo(criteria))
                        .orElseThrow(() -> new RealizationRuleBroken(RealizationRuleBroken.Rule.REASON_NOT_APPLICABLE)))
                .toList();
        Instant now = clock.instant();
        realization.add(new RejectionExplanation(idea.getId(), idea.getRealizationRound(), idea.getAuthorUserId(),
                expert, form, reasons, now));
        notifications.add(new Notification(idea.getPartner().getCandidate().getEmail(),
                idea.getPartner().getCandidate().getFullName(), idea.getCampaignId(), EXPLANATION_READY, now));
        tasks.complete(task, Map.of(ACKNOWLEDGEMENT_DUE,
                Date.from(now.plus(Duration.ofDays(ACKNOWLEDGEMENT_DUE_DAYS)))));
        auditTrail.record(AuditAction.REJECTION_EXPLAINED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound()),
                        "meetingDate", form.meetingDate().toString(),
                        "reasons", reasons.stream().map(RejectionReason::getCode).collect(Collectors.joining(","))));
    }

    /** The partner confirms they received the explanation; their task completes and the idea goes to the archive. */
    public void acknowledge(Task task, RejectionExplanation explanation, String comment) {
        explanation.acknowledge(comment, clock.instant());
        tasks.complete(task, Map.of());
        Idea idea = ideas.require(explanation.getIdeaId());
        auditTrail.record(AuditAction.EXPLANATION_ACKNOWLEDGED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(explanation.getRealizationRound())));
    }

    /** The explanation of the idea's current Realization, for its partner's acknowledgment task. */
    public RejectionExplanation explanationOf(Idea idea) {
        return realization.explanation(idea.getId(), idea.getRealizationRound()).orElseThrow();
    }

    /** The criteria names of the idea's published scheme, which rejection reasons must be tied to. */
    List<String> criteriaOf(Idea idea) {
        return schemes.require(idea.getCampaignId()).scheme().criteria().stream().map(Criterion::getName).toList();
    }

    /**
     * An executive takes the idea straight to acceptance: the fast-track is recorded and the
     * message interrupts the idea's triage or evaluation.
     */
    public void fastTrack(Idea idea, String executive, String reason) {
        if (!BEFORE_DECISION.contains(idea.getStatus())) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.NOT_FAST_TRACKABLE);
        }
        realization.add(new FastTrack(idea.getId(), idea.getRealizationRound(), executive, reason, clock.instant()));
        try {
            runtimeService.createMessageCorrelation(FAST_TRACK_MESSAGE)
                    .processInstanceVariableEquals(IDEA_ID, idea.getId())
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.NOT_FAST_TRACKABLE);
        }
        auditTrail.record(AuditAction.IDEA_FAST_TRACKED, AuditSubject.IDEA, idea.getId(), idea.getCampaignId(),
                Map.of("round", String.valueOf(idea.getRealizationRound())));
    }
}
