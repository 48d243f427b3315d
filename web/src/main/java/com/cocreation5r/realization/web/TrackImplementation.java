package com.cocreation5r.realization.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.ExecutionService;
import com.cocreation5r.realization.ImplementationView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The execution department logs the implementation's progress and finally marks the idea implemented. */
@Named
@ViewScoped
public class TrackImplementation implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExecutionService executionService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private ImplementationView implementation;
    private String note;
    private String summary;

    @Override
    public String formKey() {
        return RealizationProcess.TRACK_IMPLEMENTATION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/track-implementation.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            implementation = executionService.implementationOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Adds the note to the log and shows the log again; the task stays open. */
    public void recordProgress() {
        try {
            executionService.recordProgress(task.id(), note);
            implementation = executionService.implementationOfTask(task.id());
            note = null;
            feedback.info("implementation.progressRecorded");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> executionService.completeImplementation(task.id(), summary),
                "implementation.completed", implementation.idea().title());
    }

    public ImplementationView getImplementation() {
        return implementation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
