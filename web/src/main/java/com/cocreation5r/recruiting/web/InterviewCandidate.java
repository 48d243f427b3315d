package com.cocreation5r.recruiting.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.recruiting.ApplicationView;
import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An interviewer scores a shortlisted candidate on extraversion, community reach and usage
 * frequency, each 1 to 5, and recommends them to the selection committee or not.
 */
@Named
@ViewScoped
public class InterviewCandidate implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private ApplicationView application;

    private Integer extraversion;
    private Integer communityReach;
    private Integer usageFrequency;
    private InterviewRecommendation recommendation;
    private String notes;

    @Override
    public String formKey() {
        return RecruitingProcess.INTERVIEW_CANDIDATE_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/interview-candidate.xhtml";
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
            recruiting.interviewCandidate(task.id(),
                    new InterviewForm(extraversion, communityReach, usageFrequency, recommendation, notes));
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return null;
        }
        feedback.infoAfterRedirect("interview.completed", application.candidate().fullName());
        return "/inbox.xhtml?faces-redirect=true";
    }

    public InterviewRecommendation[] getRecommendations() {
        return InterviewRecommendation.values();
    }

    public ApplicationView getApplication() {
        return application;
    }

    public Integer getExtraversion() {
        return extraversion;
    }

    public void setExtraversion(Integer extraversion) {
        this.extraversion = extraversion;
    }

    public Integer getCommunityReach() {
        return communityReach;
    }

    public void setCommunityReach(Integer communityReach) {
        this.communityReach = communityReach;
    }

    public Integer getUsageFrequency() {
        return usageFrequency;
    }

    public void setUsageFrequency(Integer usageFrequency) {
        this.usageFrequency = usageFrequency;
    }

    public InterviewRecommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(InterviewRecommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
