package com.cocreation5r.recruiting.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.recruiting.DiversitySummary;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.Shortlist;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The selection committee picks the cohort from the recommended candidates, with their interview
 * scores and the diversity of the shortlist in view, as the program asks it to check.
 */
@Named
@ViewScoped
public class SelectCohort implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private Shortlist shortlist;
    /** Application id to whether the committee picked it; the checkboxes write here. */
    private final Map<Long, Boolean> selected = new HashMap<>();

    @Override
    public String formKey() {
        return RecruitingProcess.SELECT_COHORT_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/select-cohort.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            shortlist = recruiting.shortlistOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        Set<Long> cohort = selected.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return feedback.completeThenInbox(() -> recruiting.selectCohort(task.id(), cohort), "cohort.completed",
                cohort.size());
    }

    public Shortlist getShortlist() {
        return shortlist;
    }

    public List<Shortlist.Entry> getEntries() {
        return shortlist == null ? List.of() : shortlist.entries();
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public long getSelectedCount() {
        return selected.values().stream().filter(Boolean.TRUE::equals).count();
    }

    /** The diversity of the shortlist, one group of counts per dimension the committee checks. */
    public List<Dimension> getDiversity() {
        if (shortlist == null) {
            return List.of();
        }
        DiversitySummary diversity = shortlist.diversity();
        return List.of(
                Dimension.of("education", diversity.byEducation()),
                Dimension.of("gender", diversity.byGender()),
                Dimension.of("applicantKind", diversity.byApplicantKind()),
                Dimension.of("ageBand", diversity.byAgeBand()));
    }

    /** One dimension of diversity: its bundle key prefix and the count for each value. */
    public record Dimension(String key, List<Count> counts) implements Serializable {

        static Dimension of(String key, Map<? extends Enum<?>, Integer> counts) {
            return new Dimension(key, counts.entrySet().stream()
                    .map(entry -> new Count(key + "." + entry.getKey().name(), entry.getValue())).toList());
        }
    }

    /** How many candidates have one value of a dimension; {@code key} names the value in the bundle. */
    public record Count(String key, int count) implements Serializable {
    }
}
