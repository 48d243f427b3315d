package com.cocreation5r.measure;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;

/**
 * Computes the program's measures for auditors (and administrators). Engine figures come from the
 * history the caller may read ({@code READ_HISTORY}); tasks belong to a campaign by the
 * {@value RealizationProcess#CAMPAIGN_ID} variable every stage carries.
 */
@Stateless
@ActAsCaller
@RolesAllowed({Groups.AUDITOR, Groups.ADMIN})
public class MeasuresService {

    /** Tasks read from the history per query: a campaign can have thousands of ideas. */
    static final int PAGE = 500;

    /** The engine's delete reason of a task that was completed (not cancelled). */
    static final String COMPLETED = "completed";

    static final Set<IdeaStatus> ACCEPTED = EnumSet.of(IdeaStatus.ACCEPTED, IdeaStatus.IN_EXECUTION,
            IdeaStatus.IMPLEMENTED);

    @Inject
    private HistoryService history;

    @Inject
    private CampaignRepository campaigns;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The measures of one campaign, or of the whole program when {@code campaignId} is null. */
    public ProgramMeasures measures(Long campaignId) {
        Instant now = clock.instant();
        DeadlineCount triage = new DeadlineCount(RealizationProcess.TRIAGE_IDEA, now);
        Set<String> triagedTasks = new HashSet<>();
        long triageMillis = 0;
        long longestTriage = 0;
        for (HistoricTaskInstance task : allTasks(RealizationProcess.TRIAGE_IDEA, campaignId)) {
            triage.add(task);
            if (COMPLETED.equals(task.getDeleteReason()) && task.getDurationInMillis() != null) {
                triagedTasks.add(task.getId());
                triageMillis += task.getDurationInMillis();
                longestTriage = Math.max(longestTriage, task.getDurationInMillis());
            }
        }
        DeadlineCount explanations = new DeadlineCount(RealizationProcess.EXPLAIN_REJECTION, now);
        Set<String> rejected = new HashSet<>();
        for (HistoricTaskInstance task : allTasks(RealizationProcess.EXPLAIN_REJECTION, campaignId)) {
            explanations.add(task);
            rejected.add(task.getProcessInstanceId());
        }
        Set<String> acknowledged = new HashSet<>();
        for (HistoricTaskInstance task : allTasks(RealizationProcess.ACKNOWLEDGE_EXPLANATION, campaignId)) {
            if (COMPLETED.equals(task.getDeleteReason()) && rejected.contains(task.getProcessInstanceId())) {
                acknowledged.add(task.getProcessInstanceId());
            }
        }
        int triaged = triagedTasks.size();
        return new ProgramMeasures(campaignId, now, triage.measure(), explanations.measure(), rejected.size(),
                acknowledged.size(), ideas(campaignId, EnumSet.complementOf(EnumSet.of(IdeaStatus.DRAFT))),
                ideas(campaignId, ACCEPTED), ideaAuthors(campaignId), triaged,
                triaged == 0 ? null : triageMillis / triaged, triaged == 0 ? null : longestTriage,
                cohortPartners(campaignId), returningPartners(campaignId));
    }

    /**
     * The triages, hand-overs and rejection explanations of one campaign (or all) that missed their deadline,
     * the most overdue first.
     */
    public List<LateDecision> lateDecisions(Long campaignId) {
        Instant now = clock.instant();
        List<LateDecision> late = new ArrayList<>();
        for (String taskKey : List.of(RealizationProcess.TRIAGE_IDEA, RealizationProcess.HAND_OVER_IDEA,
                RealizationProcess.EXPLAIN_REJECTION)) {
            for (HistoricTaskInstance task : allTasks(taskKey, campaignId)) {
                if (task.getDueDate() == null || cancelled(task)) {
                    continue;
                }
                Instant due = task.getDueDate().toInstant();
                Instant done = task.getEndTime() == null ? null : task.getEndTime().toInstant();
                Instant measuredAt = done == null ? now : done;
                if (measuredAt.isAfter(due)) {
                    late.add(new LateDecision(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(),
                            task.getTaskDefinitionKey(),
                            task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), task.getAssignee(),
                            due, done, Duration.between(due, measuredAt).toMillis()));
                }
            }
        }
        late.sort(Comparator.comparingLong(LateDecision::lateByMillis).reversed());
        return List.copyOf(late);
    }

    /** Every campaign's measures, oldest campaign first. */
    public List<CampaignMeasures> byCampaign() {
        return campaigns.all().stream()
                .sorted(Comparator.comparing(Campaign::getId))
                .map(campaign -> new CampaignMeasures(campaign.getId(), campaign.getTitle(),
                        measures(campaign.getId())))
                .toList();
    }

    private List<HistoricTaskInstance> allTasks(String taskKey, Long campaignId) {
        List<HistoricTaskInstance> all = new ArrayList<>();
        int first = 0;
        while (true) {
            HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey);
            if (campaignId != null) {
                query.processVariableValueEquals(RealizationProcess.CAMPAIGN_ID, campaignId);
            }
            List<HistoricTaskInstance> page = query.orderByTaskId().asc().listPage(first, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            first += PAGE;
        }
    }

    private long ideas(Long campaignId, Set<IdeaStatus> statuses) {
        return campaignFiltered("select count(i) from Idea i where i.status in :statuses", "i", campaignId)
                .setParameter("statuses", statuses).getSingleResult();
    }

    private long ideaAuthors(Long campaignId) {
        return campaignFiltered("select count(distinct i.authorUserId) from Idea i where i.status <> :draft", "i",
                campaignId).setParameter("draft", IdeaStatus.DRAFT).getSingleResult();
    }

    private long cohortPartners(Long campaignId) {
        if (campaignId == null) {
            return em.createQuery("select count(distinct t.partner.id) from TermsAcceptance t", Long.class)
                    .getSingleResult();
        }
        return em.createQuery("select count(distinct t.partner.id) from TermsAcceptance t"
                        + " where t.campaignId = :campaign", Long.class)
                .setParameter("campaign", campaignId).getSingleResult();
    }

    /** Partners of the cohort(s) who are in the cohort of another campaign too. */
    private long returningPartners(Long campaignId) {
        String other = "exists (select o from TermsAcceptance o where o.partner = t.partner"
                + " and o.campaignId <> t.campaignId)";
        if (campaignId == null) {
            return em.createQuery("select count(distinct t.partner.id) from TermsAcceptance t where " + other,
                    Long.class).getSingleResult();
        }
        return em.createQuery("select count(distinct t.partner.id) from TermsAcceptance t"
                        + " where t.campaignId = :campaign and " + other, Long.class)
                .setParameter("campaign", campaignId).getSingleResult();
    }

    private TypedQuery<Long> campaignFiltered(String jpql, String alias, Long campaignId) {
        if (campaignId == null) {
            return em.createQuery(jpql, Long.class);
        }
        return em.createQuery(jpql + " and " + alias + ".campaignId = :campaign", Long.class)
                .setParameter("campaign", campaignId);
    }

    /** Ended without being completed, with its process: nobody was due to finish it any more. */
    private static boolean cancelled(HistoricTaskInstance task) {
        return task.getEndTime() != null && !COMPLETED.equals(task.getDeleteReason());
    }

    /** Counts tasks of one kind by how they kept their due date. */
    private static final class DeadlineCount {

        private final String taskKey;
        private final Instant now;
        private long tasks;
        private long met;
        private long missed;
        private long overdue;
        private long pending;

        DeadlineCount(String taskKey, Instant now) {
            this.taskKey = taskKey;
            this.now = now;
        }

        void add(HistoricTaskInstance task) {
            tasks++;
            if (task.getDueDate() == null) {
                return;
            }
            Instant due = task.getDueDate().toInstant();
            if (cancelled(task)) {
                return;
            }
            if (task.getEndTime() != null) {
                if (task.getEndTime().toInstant().isAfter(due)) {
                    missed++;
                } else {
                    met++;
                }
            } else if (now.isAfter(due)) {
                overdue++;
            } else {
                pending++;
            }
        }

        DeadlineMeasure measure() {
            return new DeadlineMeasure(taskKey, tasks, met, missed, overdue, pending);
        }
    }
}
