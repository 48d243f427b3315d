package com.cocreation5r.realization;

import static com.cocreation5r.process.RealizationProcess.ACKNOWLEDGE_EXPLANATION;
import static com.cocreation5r.process.RealizationProcess.EXPLAIN_REJECTION;
import static com.cocreation5r.process.RealizationProcess.IDEA_ID;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.evaluation.EvaluationRepository;
import com.cocreation5r.evaluation.ScoreView;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.idea.IdeaRepository;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The rejection process: an internal expert explains the rejection to the partner one to one,
 * with reasons from the maintained list tied to the criteria; the partner reads it (theirs only)
 * and acknowledges it. Program managers maintain the list of reasons.
 */
@Stateless
@ActAsCaller
public class RejectionService {

    @Inject
    private TaskAccess tasks;

    @Inject
    private IdeaRepository ideas;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RealizationRepository realization;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private RealizationActions actions;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @RolesAllowed(Groups.DOMAIN_EXPERT)
    public RejectionView rejectionOfTask(@NotNull String taskId) {
        Idea idea = ideaOf(expectKey(tasks.requireVisible(taskId), EXPLAIN_REJECTION));
        List<String> criteria = actions.criteriaOf(idea);
        return new RejectionView(IdeaDossier.of(idea, campaigns.require(idea.getCampaignId()), true),
                evaluations.score(idea.getId(), idea.getRealizationRound()).map(ScoreView::of).orElse(null),
                realization.reasons().stream().filter(reason -> reason.isActive() && reason.appliesTo(criteria))
                        .map(ReasonOption::of).toList());
    }

    /** Records the one-to-one explanation and asks the partner to acknowledge it. */
    @RolesAllowed(Groups.DOMAIN_EXPERT)
    public void explain(@NotNull String taskId, @NotNull @Valid ExplanationForm form) {
        Task task = tasks.requireClaimedByCaller(taskId, EXPLAIN_REJECTION);
        actions.explain(task, ideaOf(task), form, caller.userId());
    }

    /** The explanation on the partner's own acknowledgment task. */
    @RolesAllowed(Groups.PARTNER)
    public PartnerExplanationView explanationOfTask(@NotNull String taskId) {
        return view(ownExplanation(tasks.requireClaimedByCaller(taskId, ACKNOWLEDGE_EXPLANATION)));
    }

    /** The partner confirms they received the explanation, optionally with a comment. */
    @RolesAllowed(Groups.PARTNER)
    public void acknowledge(@NotNull String taskId,
            @Size(max = 1000, message = "{comment.tooLong}") String comment) {
        Task task = tasks.requireClaimedByCaller(taskId, ACKNOWLEDGE_EXPLANATION);
        actions.acknowledge(task, ownExplanation(task), comment);
    }

    /** Every explanation addressed to the signed-in partner, newest first. */
    @RolesAllowed(Groups.PARTNER)
    public List<PartnerExplanationView> myExplanations() {
        return realization.explanationsFor(caller.userId()).stream().map(this::view).toList();
    }

    /** The explanation of the partner's own idea's current Realization; other partners' ideas do not exist for them. */
    @RolesAllowed(Groups.PARTNER)
    public PartnerExplanationView explanationFor(@NotNull Long ideaId) {
        Idea idea = ideas.find(ideaId).filter(found -> found.isWrittenBy(caller.userId()))
                .orElseThrow(() -> new IdeaNotFound(ideaId));
        return realization.explanation(idea.getId(), idea.getRealizationRound())
                .filter(explanation -> explanation.isAddressedTo(caller.userId()))
                .map(this::view)
                .orElseThrow(() -> new IdeaNotFound(ideaId));
    }

    /** Every reason ever listed, retired ones too: for the list's upkeep and for narrowing the archive. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT, Groups.TRIAGE_MANAGER, Groups.EXECUTIVE})
    public List<ReasonOption> reasons() {
        return realization.reasons().stream().map(ReasonOption::of).toList();
    }

    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public ReasonOption addReason(@NotNull @Valid NewRejectionReason reason) {
        if (realization.reasonByCode(reason.code()).isPresent()) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.REASON_CODE_TAKEN);
        }
        RejectionReason added = new RejectionReason(reason);
        realization.add(added);
        auditTrail.record(AuditAction.REJECTION_REASONS_CHANGED, AuditSubject.REJECTION_REASON, added.getCode(), null,
                reasonDetails(added, "added"));
        return ReasonOption.of(added);
    }

    /** Rewords a reason or ties it to another criterion; its code stays, and so do the explanations that chose it. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public ReasonOption changeReason(@NotNull Long reasonId, @NotNull @Valid RejectionReasonChange change) {
        RejectionReason reason = realization.reason(reasonId)
                .orElseThrow(() -> new RealizationRuleBroken(RealizationRuleBroken.Rule.REASON_NOT_APPLICABLE));
        reason.change(change);
        auditTrail.record(AuditAction.REJECTION_REASONS_CHANGED, AuditSubject.REJECTION_REASON, reason.getCode(), null,
                reasonDetails(reason, "changed"));
        return ReasonOption.of(reason);
    }

    /** Takes a reason off the list for new explanations; explanations that used it keep it. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public void retireReason(@NotNull Long reasonId) {
        RejectionReason reason = realization.reason(reasonId)
                .orElseThrow(() -> new RealizationRuleBroken(RealizationRuleBroken.Rule.REASON_NOT_APPLICABLE));
        reason.retire();
        auditTrail.record(AuditAction.REJECTION_REASONS_CHANGED, AuditSubject.REJECTION_REASON, reason.getCode(), null,
                reasonDetails(reason, "retired"));
    }

    private static Map<String, String> reasonDetails(RejectionReason reason, String change) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("change", change);
        details.put("criterion", reason.getCriterion() == null ? "" : reason.getCriterion());
        return details;
    }

    private RejectionExplanation ownExplanation(Task task) {
        Idea idea = ideaOf(task);
        return realization.explanation(idea.getId(), idea.getRealizationRound())
                .filter(explanation -> explanation.isAddressedTo(caller.userId()))
                .orElseThrow(() -> new TaskActionRefused(TaskActionRefused.Reason.NOT_AVAILABLE, task.getId()));
    }

    private PartnerExplanationView view(RejectionExplanation explanation) {
        Idea idea = ideas.require(explanation.getIdeaId());
        return new PartnerExplanationView(idea.getId(), idea.getTitle(), explanation.getMeetingDate(),
                explanation.getReasons().stream().map(ReasonOption::of).toList(), explanation.getNotesToPartner(),
                evaluations.score(idea.getId(), explanation.getRealizationRound()).map(ScoreView::of).orElse(null),
                explanation.getExplainedAt(), explanation.getAcknowledgedAt(), explanation.getPartnerComment());
    }

    private static Task expectKey(Task task, String key) {
        if (!key.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, task.getId());
        }
        return task;
    }

    private Idea ideaOf(Task task) {
        return ideas.require(tasks.variable(task, IDEA_ID, Long.class));
    }
}
