package com.cocreation5r.recruiting.web;

import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * A recruiter screens a written application: capability, willingness and writing, each 1 to 5,
 * and whether the candidate is shortlisted for an interview.
 */
@Named
@ViewScoped
public class ScreenApplication extends ApplicationTaskForm {

    private static final long serialVersionUID = 1L;

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
    void submit(String taskId) {
        recruiting.screenApplication(taskId,
                new ScreeningForm(capability, willingness, writing, decision, comment));
    }

    @Override
    String completedMessageKey() {
        return "screening.completed";
    }

    public ScreeningDecision[] getDecisions() {
        return ScreeningDecision.values();
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
