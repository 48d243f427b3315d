package com.cocreation5r.retention.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.PoolCheckInProcess;
import com.cocreation5r.retention.CheckInReport;
import com.cocreation5r.retention.CheckInView;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The community manager records the periodic check-in with the partner pool. */
@Named
@ViewScoped
public class HoldCheckIn implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private CheckInView pool;
    private Integer partnersReached;
    private boolean concernsRaised;
    private String notes;

    @Override
    public String formKey() {
        return PoolCheckInProcess.HOLD_CHECK_IN_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/hold-check-in.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            pool = retention.checkInOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> retention.holdCheckIn(task.id(),
                new CheckInReport(partnersReached, concernsRaised, notes)), "checkIn.done");
    }

    public CheckInView getPool() {
        return pool;
    }

    public Integer getPartnersReached() {
        return partnersReached;
    }

    public void setPartnersReached(Integer partnersReached) {
        this.partnersReached = partnersReached;
    }

    public boolean isConcernsRaised() {
        return concernsRaised;
    }

    public void setConcernsRaised(boolean concernsRaised) {
        this.concernsRaised = concernsRaised;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
