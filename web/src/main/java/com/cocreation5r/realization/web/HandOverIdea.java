package com.cocreation5r.realization.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.ExecutionService;
import com.cocreation5r.realization.HandOverForm;
import com.cocreation5r.realization.HandOverView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The execution department takes on an accepted idea, or declines it with a reason (back to triage). */
@Named
@ViewScoped
public class HandOverIdea implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExecutionService executionService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private HandOverView handOver;
    private ExecutionDepartment department;
    private Boolean taken;
    private String reason;

    @Override
    public String formKey() {
        return RealizationProcess.HAND_OVER_IDEA_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/hand-over-idea.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            handOver = executionService.handOverOfTask(task.id());
            department = handOver.routedTo();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> executionService.decideHandOver(task.id(),
                new HandOverForm(department, taken, reason)),
                Boolean.TRUE.equals(taken) ? "handOver.taken" : "handOver.declined", handOver.idea().title());
    }

    public ExecutionDepartment[] getDepartments() {
        return ExecutionDepartment.values();
    }

    public HandOverView getHandOver() {
        return handOver;
    }

    public ExecutionDepartment getDepartment() {
        return department;
    }

    public void setDepartment(ExecutionDepartment department) {
        this.department = department;
    }

    public Boolean getTaken() {
        return taken;
    }

    public void setTaken(Boolean taken) {
        this.taken = taken;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
