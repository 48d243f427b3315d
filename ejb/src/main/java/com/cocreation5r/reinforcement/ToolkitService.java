package com.cocreation5r.reinforcement;

import static com.cocreation5r.process.ReinforcementProcess.CAMPAIGN_ID;
import static com.cocreation5r.process.ReinforcementProcess.DRAFTING_DEADLINE;
import static com.cocreation5r.process.ReinforcementProcess.PREPARE_TOOLKIT;
import static com.cocreation5r.process.ReinforcementProcess.REFINEMENT_DEADLINE;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/** The community manager prepares the toolkit guide and the stage's dates for the cohort. */
@Stateless
@ActAsCaller
public class ToolkitService {

    @Inject
    private ReinforcementRepository reinforcement;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private MissionRepository missions;

    @Inject
    private ReinforcementCohort cohort;

    @Inject
    private TaskAccess tasks;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed(Groups.COMMUNITY_MANAGER)
    public ToolkitTaskView toolkitOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        if (!PREPARE_TOOLKIT.equals(task.getTaskDefinitionKey())) {
            throw new TaskActionRefused(TaskActionRefused.Reason.WRONG_FORM, taskId);
        }
        Campaign campaign = campaigns.require(tasks.variable(task, CAMPAIGN_ID, Long.class));
        MissionDraft mission = missions.ofCampaign(campaign.getId()).map(m -> m.draft()).orElse(null);
        ToolkitPlan plan = reinforcement.stage(campaign.getId())
                .map(stage -> new ToolkitPlan(stage.getToolkitGuide(), stage.getDraftingDeadline(),
                        stage.getRefinementDeadline()))
                .orElse(null);
        return new ToolkitTaskView(campaign.getId(), campaign.getTitle(),
                mission == null ? null : mission.ideasSought(), mission == null ? List.of() : mission.subMissions(),
                cohort.of(campaign.getId()).size(), plan);
    }

    /** Stores the guide and the dates and opens drafting to the cohort. */
    @RolesAllowed(Groups.COMMUNITY_MANAGER)
    public void prepareToolkit(@NotNull String taskId, @NotNull @Valid ToolkitPlan plan) {
        Task task = tasks.requireClaimedByCaller(taskId, PREPARE_TOOLKIT);
        Instant now = clock.instant();
        if (!plan.draftingDeadline().isAfter(now)) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.DRAFTING_DEADLINE_PASSED);
        }
        if (!plan.refinementDeadline().isAfter(plan.draftingDeadline())) {
            throw new ReinforcementRuleBroken(ReinforcementRuleBroken.Rule.REFINEMENT_BEFORE_DRAFTING_ENDS);
        }
        Long campaignId = tasks.variable(task, CAMPAIGN_ID, Long.class);
        reinforcement.stage(campaignId).ifPresentOrElse(
                stage -> stage.replan(plan, caller.userId(), now),
                () -> reinforcement.add(new ReinforcementStage(campaignId, plan, caller.userId(), now)));
        tasks.complete(task, Map.of(DRAFTING_DEADLINE, Date.from(plan.draftingDeadline()),
                REFINEMENT_DEADLINE, Date.from(plan.refinementDeadline())));
        auditTrail.record(AuditAction.TOOLKIT_PREPARED, AuditSubject.REINFORCEMENT_STAGE, campaignId, campaignId,
                Map.of("draftingDeadline", plan.draftingDeadline().toString(),
                        "refinementDeadline", plan.refinementDeadline().toString()));
    }
}
