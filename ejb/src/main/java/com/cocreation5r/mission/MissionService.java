package com.cocreation5r.mission;

import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.ACCEPT_TERMS;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.DRAFT_MISSION;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.REVIEW_TERMS;
import static com.cocreation5r.process.RulesAndResponsibilitiesProcess.TERMS_ACCEPTED;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.TaskAccess;
import com.cocreation5r.inbox.TaskActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The R&amp;R stage as users work it: the program manager drafts the mission, legal reviews the
 * terms, each partner accepts or declines in their own task, and anyone checks the published
 * scheme. Each task is completed in the same transaction that records its outcome.
 */
@Stateless
@ActAsCaller
public class MissionService {

    @Inject
    private MissionRepository missions;

    @Inject
    private MissionActions actions;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private TaskAccess tasks;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The mission a draft or review task is about; not drafted yet on the first draft task. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.LEGAL})
    public MissionView missionOfTask(@NotNull String taskId) {
        Task task = tasks.requireVisible(taskId);
        return view(campaignOf(task));
    }

    /** Records the program manager's draft and hands it to legal; refused once the scheme is published. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public void draftMission(@NotNull String taskId, @NotNull @Valid MissionDraft draft) {
        actions.draftMission(tasks.requireClaimedByCaller(taskId, DRAFT_MISSION), draft, caller.userId());
    }

    /** Legal approves the IP/ownership terms and the NDA, or sends the draft back with comments. */
    @RolesAllowed(Groups.LEGAL)
    public void reviewTerms(@NotNull String taskId, @NotNull @Valid TermsReview review) {
        actions.reviewTerms(tasks.requireClaimedByCaller(taskId, REVIEW_TERMS), review, caller.userId());
    }

    /** The terms and criteria a partner is asked to accept, on their own task only. */
    @RolesAllowed(Groups.PARTNER)
    public MissionView termsOfTask(@NotNull String taskId) {
        Task task = ownAcceptTask(taskId);
        return view(campaignOf(task));
    }

    /**
     * The partner accepts or declines the terms, the evaluation criteria and the NDA; their consent
     * records the digest of the scheme they were shown.
     */
    @RolesAllowed(Groups.PARTNER)
    public void decideTerms(@NotNull String taskId, boolean accept) {
        Task task = ownAcceptTask(taskId);
        Long campaignId = campaignOf(task).getId();
        Mission mission = missions.requireOfCampaign(campaignId);
        TermsAcceptance acceptance = missions.acceptance(campaignId, caller.userId())
                .orElseThrow(() -> new TaskActionRefused(TaskActionRefused.Reason.FORBIDDEN, taskId));
        acceptance.decide(accept, mission.scheme().digest(), clock.instant());
        tasks.complete(task, Map.of(TERMS_ACCEPTED, accept));
    }

    /** The published scheme and whether it is still the one published; open to every role. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.LEGAL, Groups.PARTNER, Groups.EVALUATOR, Groups.TRIAGE_MANAGER,
            Groups.EXECUTIVE, Groups.COMMUNITY_MANAGER, Groups.PROCESS_OWNER, Groups.AUDITOR, Groups.ADMIN})
    public SchemeCheck checkPublishedScheme(@NotNull Long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        if (campaign.getSchemeDigest() == null) {
            throw new MissionRuleBroken(MissionRuleBroken.Rule.SCHEME_NOT_PUBLISHED);
        }
        EvaluationScheme scheme = missions.requireOfCampaign(campaignId).scheme();
        String canonicalForm = scheme.canonicalFormPublishedAs(campaign.getSchemeDigest());
        return new SchemeCheck(campaignId, scheme, canonicalForm, campaign.getSchemeDigest(),
                EvaluationScheme.digestOf(canonicalForm), campaign.getSchemePublishedAt());
    }

    private Task ownAcceptTask(String taskId) {
        return tasks.requireClaimedByCaller(taskId, ACCEPT_TERMS);
    }

    private MissionView view(Campaign campaign) {
        return missions.ofCampaign(campaign.getId())
                .map(mission -> new MissionView(campaign.getId(), campaign.getTitle(), mission.draft(),
                        mission.getLegalComments(), mission.getTermsApprovedBy() != null,
                        campaign.getSchemeDigest(), campaign.getSchemePublishedAt()))
                .orElseGet(() -> new MissionView(campaign.getId(), campaign.getTitle(), null, null, false, null, null));
    }

    private Campaign campaignOf(Task task) {
        return actions.campaignOf(task);
    }
}
