package com.cocreation5r.reinforcement.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.reinforcement.ToolkitPlan;
import com.cocreation5r.reinforcement.ToolkitService;
import com.cocreation5r.reinforcement.ToolkitTaskView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The community manager writes the toolkit guide and sets the drafting deadline and the end of refinement. */
@Named
@ViewScoped
public class PrepareToolkit implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    /** Deadlines fall at the end of the chosen day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    @Inject
    private ToolkitService toolkit;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private ToolkitTaskView view;
    private String guide;
    private LocalDate draftingDeadline;
    private LocalDate refinementDeadline;

    @Override
    public String formKey() {
        return ReinforcementProcess.PREPARE_TOOLKIT_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/prepare-toolkit.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            view = toolkit.toolkitOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        if (view.plan() != null) {
            guide = view.plan().guide();
            draftingDeadline = view.plan().draftingDeadline().atZone(ZoneId.systemDefault()).toLocalDate();
            refinementDeadline = view.plan().refinementDeadline().atZone(ZoneId.systemDefault()).toLocalDate();
        } else {
            guide = feedback.text("toolkit.guide.template");
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> toolkit.prepareToolkit(task.id(), new ToolkitPlan(guide,
                endOf(draftingDeadline), endOf(refinementDeadline))), "toolkit.completed");
    }

    private static java.time.Instant endOf(LocalDate day) {
        return day == null ? null : day.atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant();
    }

    public ToolkitTaskView getView() {
        return view;
    }

    public String getGuide() {
        return guide;
    }

    public void setGuide(String guide) {
        this.guide = guide;
    }

    public LocalDate getDraftingDeadline() {
        return draftingDeadline;
    }

    public void setDraftingDeadline(LocalDate draftingDeadline) {
        this.draftingDeadline = draftingDeadline;
    }

    public LocalDate getRefinementDeadline() {
        return refinementDeadline;
    }

    public void setRefinementDeadline(LocalDate refinementDeadline) {
        this.refinementDeadline = refinementDeadline;
    }
}
