package com.cocreation5r.mission.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.mission.Criterion;
import com.cocreation5r.mission.EvaluationScheme;
import com.cocreation5r.mission.Incentive;
import com.cocreation5r.mission.IncentiveKind;
import com.cocreation5r.mission.IncentivePortfolio;
import com.cocreation5r.mission.MissionDraft;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.MissionView;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The program manager drafts the mission, the incentive portfolio and the evaluation scheme. The
 * form shows the running sum of the criteria weights and warns when extrinsic rewards dominate;
 * the service decides whether the draft is valid.
 */
@Named
@ViewScoped
public class DraftMission implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    /** Partners may accept until the end of the deadline day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    @Inject
    private MissionService missions;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private MissionView mission;

    private LocalDate activityStart;
    private LocalDate activityEnd;
    private String tasks;
    private String ideasSought;
    private final List<TextRow> subMissions = new ArrayList<>();
    private String ipTerms;
    private String ndaTerms;
    private LocalDate acceptanceDeadline;
    private final List<IncentiveRow> incentives = new ArrayList<>();
    private String evaluators;
    private String method;
    private boolean blindReview;
    private Integer acceptanceThreshold;
    private final List<CriterionRow> criteria = new ArrayList<>();

    @Override
    public String formKey() {
        return RulesAndResponsibilitiesProcess.DRAFT_MISSION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/draft-mission.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            mission = missions.missionOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        if (mission.drafted()) {
            fill(mission.draft());
        } else {
            startFromTheSourceExample();
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> missions.draftMission(task.id(), draft()), "mission.completed");
    }

    MissionDraft draft() {
        return new MissionDraft(activityStart, activityEnd, tasks, ideasSought,
                subMissions.stream().map(TextRow::getText).toList(), ipTerms, ndaTerms,
                acceptanceDeadline == null ? null
                        : acceptanceDeadline.atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant(),
                portfolio(),
                new EvaluationScheme(evaluators, method, blindReview,
                        criteria.stream().map(row -> new Criterion(row.getName(), row.getWeight())).toList(),
                        acceptanceThreshold));
    }

    private IncentivePortfolio portfolio() {
        return new IncentivePortfolio(incentives.stream()
                .map(row -> new Incentive(row.getKind(), row.getDescription(), row.getValue())).toList());
    }

    private void fill(MissionDraft draft) {
        activityStart = draft.activityStart();
        activityEnd = draft.activityEnd();
        tasks = draft.tasks();
        ideasSought = draft.ideasSought();
        draft.subMissions().forEach(title -> subMissions.add(new TextRow(title)));
        ipTerms = draft.ipTerms();
        ndaTerms = draft.ndaTerms();
        Instant deadline = draft.acceptanceDeadline();
        acceptanceDeadline = deadline == null ? null : deadline.atZone(ZoneId.systemDefault()).toLocalDate();
        draft.incentives().items().forEach(item ->
                incentives.add(new IncentiveRow(item.getKind(), item.getDescription(), item.getValue())));
        evaluators = draft.scheme().evaluators();
        method = draft.scheme().method();
        blindReview = draft.scheme().blindReview();
        acceptanceThreshold = draft.scheme().acceptanceThreshold();
        draft.scheme().criteria().forEach(c -> criteria.add(new CriterionRow(c.getName(), c.getWeight())));
    }

    /**
     * The source's example: four criteria of 25 % each, the usual acceptance threshold, and a
     * balanced portfolio to start from.
     */
    private void startFromTheSourceExample() {
        acceptanceThreshold = EvaluationScheme.USUAL_ACCEPTANCE_THRESHOLD;
        for (String key : List.of("creativity", "usefulness", "brandImpact", "participantVote")) {
            criteria.add(new CriterionRow(feedback.text("mission.criterion.example." + key), 25));
        }
        incentives.add(new IncentiveRow(IncentiveKind.EXTRINSIC, feedback.text("mission.incentive.example.prize"), 0));
        incentives.add(new IncentiveRow(IncentiveKind.INTRINSIC, feedback.text("mission.incentive.example.credit"), 0));
    }

    public void addSubMission() {
        subMissions.add(new TextRow(null));
    }

    public void removeSubMission(TextRow row) {
        subMissions.remove(row);
    }

    public void addIncentive() {
        incentives.add(new IncentiveRow(IncentiveKind.INTRINSIC, null, 0));
    }

    public void removeIncentive(IncentiveRow row) {
        incentives.remove(row);
    }

    public void addCriterion() {
        criteria.add(new CriterionRow(null, null));
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    /** The running sum the form shows next to the criteria. */
    public int getTotalWeight() {
        return criteria.stream().mapToInt(row -> row.getWeight() == null ? 0 : row.getWeight()).sum();
    }

    public boolean isWeightsComplete() {
        return getTotalWeight() == 100;
    }

    public boolean isExtrinsicDominates() {
        return portfolio().extrinsicDominates();
    }

    public int getExtrinsicSharePercent() {
        return portfolio().extrinsicSharePercent();
    }

    public IncentiveKind[] getIncentiveKinds() {
        return IncentiveKind.values();
    }

    public MissionView getMission() {
        return mission;
    }

    public LocalDate getActivityStart() {
        return activityStart;
    }

    public void setActivityStart(LocalDate activityStart) {
        this.activityStart = activityStart;
    }

    public LocalDate getActivityEnd() {
        return activityEnd;
    }

    public void setActivityEnd(LocalDate activityEnd) {
        this.activityEnd = activityEnd;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getIdeasSought() {
        return ideasSought;
    }

    public void setIdeasSought(String ideasSought) {
        this.ideasSought = ideasSought;
    }

    public List<TextRow> getSubMissions() {
        return subMissions;
    }

    public String getIpTerms() {
        return ipTerms;
    }

    public void setIpTerms(String ipTerms) {
        this.ipTerms = ipTerms;
    }

    public String getNdaTerms() {
        return ndaTerms;
    }

    public void setNdaTerms(String ndaTerms) {
        this.ndaTerms = ndaTerms;
    }

    public LocalDate getAcceptanceDeadline() {
        return acceptanceDeadline;
    }

    public void setAcceptanceDeadline(LocalDate acceptanceDeadline) {
        this.acceptanceDeadline = acceptanceDeadline;
    }

    public List<IncentiveRow> getIncentives() {
        return incentives;
    }

    public String getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(String evaluators) {
        this.evaluators = evaluators;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public Integer getAcceptanceThreshold() {
        return acceptanceThreshold;
    }

    public void setAcceptanceThreshold(Integer acceptanceThreshold) {
        this.acceptanceThreshold = acceptanceThreshold;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    /** An editable line of text, e.g. a sub-mission's title. */
    public static class TextRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;

        TextRow(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** An editable incentive. */
    public static class IncentiveRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private IncentiveKind kind;
        private String description;
        private Integer value;

        IncentiveRow(IncentiveKind kind, String description, Integer value) {
            this.kind = kind;
            this.description = description;
            this.value = value;
        }

        public IncentiveKind getKind() {
            return kind;
        }

        public void setKind(IncentiveKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    /** An editable criterion and its weight. */
    public static class CriterionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private Integer weight;

        CriterionRow(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }
}
