package com.cocreation5r.recruiting.web;

import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.process.RecruitingProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * An interviewer scores a shortlisted candidate on extraversion, community reach and usage
 * frequency, each 1 to 5, and recommends them to the selection committee or not.
 */
@Named
@ViewScoped
public class InterviewCandidate extends ApplicationTaskForm {

    private static final long serialVersionUID = 1L;

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
    void submit(String taskId) {
        recruiting.interviewCandidate(taskId,
                new InterviewForm(extraversion, communityReach, usageFrequency, recommendation, notes));
    }

    @Override
    String completedMessageKey() {
        return "interview.completed";
    }

    public InterviewRecommendation[] getRecommendations() {
        return InterviewRecommendation.values();
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
