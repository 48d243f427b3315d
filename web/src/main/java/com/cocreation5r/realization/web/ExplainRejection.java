package com.cocreation5r.realization.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.ExplanationForm;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.realization.RejectionView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An internal expert records the one-to-one explanation of a rejection: the meeting date, reasons
 * from the maintained list, what the partner was told, and internal notes the partner never sees.
 */
@Named
@ViewScoped
public class ExplainRejection implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RejectionService rejectionService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private RejectionView rejection;
    private LocalDate meetingDate;
    private List<Long> reasonIds = new ArrayList<>();
    private String notesToPartner;
    private String internalNotes;

    @Override
    public String formKey() {
        return RealizationProcess.EXPLAIN_REJECTION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/explain-rejection.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            rejection = rejectionService.rejectionOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> rejectionService.explain(task.id(),
                new ExplanationForm(meetingDate, reasonIds, notesToPartner, internalNotes)),
                "explanation.completed", rejection.idea().title());
    }

    public RejectionView getRejection() {
        return rejection;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public List<Long> getReasonIds() {
        return reasonIds;
    }

    public void setReasonIds(List<Long> reasonIds) {
        this.reasonIds = reasonIds == null ? new ArrayList<>() : new ArrayList<>(reasonIds);
    }

    public String getNotesToPartner() {
        return notesToPartner;
    }

    public void setNotesToPartner(String notesToPartner) {
        this.notesToPartner = notesToPartner;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
    }
}
