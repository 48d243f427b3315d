package com.cocreation5r.recruiting.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.recruiting.ApplicationView;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A recruiter screens a written application: capability, willingness and writing, each 1 to 5,
 * and whether the candidate is shortlisted for an interview.
 */
@Named
@ViewScoped
public class ScreenApplication implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private ApplicationView application;

    private Integer capability;
    private Integer willingness;
    private Integer writing;
    private ScreeningDecision decision;
    private String comment;

    @Override
    public String formKey() {
        return RecruitingProcess.SCREEN_APPLICATION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/screen-application.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            application = recruiting.applicationOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        try {
            recruiting.screenApplication(task.id(),
                    new ScreeningForm(capability, willingness, writing, decision, comment));
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return null;
        }
        feedback.infoAfterRedirect("screening.completed", application.candidate().fullName());
        return "/inbox.xhtml?faces-redirect=true";
    }

    public ScreeningDecision[] getDecisions() {
        return ScreeningDecision.values();
    }

    public ApplicationView getApplication() {
        return application;
    }

    public Integer getCapability() {
        return capability;
    }

    public void setCapability(Integer capability) {
        this.capability = capability;
    }

    public Integer getWillingness() {
        return willingness;
    }

    public void setWillingness(Integer willingness) {
        this.willingness = willingness;
    }

    public Integer getWriting() {
        return writing;
    }

    public void setWriting(Integer writing) {
        this.writing = writing;
    }

    public ScreeningDecision getDecision() {
        return decision;
    }

    public void setDecision(ScreeningDecision decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
