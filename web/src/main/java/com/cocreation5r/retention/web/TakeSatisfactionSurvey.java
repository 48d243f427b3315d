package com.cocreation5r.retention.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.retention.SurveyAnswers;
import com.cocreation5r.retention.SurveyTaskView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner tells how the campaign was for them: four scores from 1 to 5 and a comment. */
@Named
@ViewScoped
public class TakeSatisfactionSurvey implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private SurveyTaskView survey;
    private Integer overall;
    private Integer recognition;
    private Integer communication;
    private Integer rejoin;
    private String comment;

    @Override
    public String formKey() {
        return RetentionProcess.TAKE_SATISFACTION_SURVEY_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/take-satisfaction-survey.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            survey = retention.surveyOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> retention.answerSurvey(task.id(),
                new SurveyAnswers(overall, recognition, communication, rejoin, comment)), "survey.thanks");
    }

    public SurveyTaskView getSurvey() {
        return survey;
    }

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public Integer getRecognition() {
        return recognition;
    }

    public void setRecognition(Integer recognition) {
        this.recognition = recognition;
    }

    public Integer getCommunication() {
        return communication;
    }

    public void setCommunication(Integer communication) {
        this.communication = communication;
    }

    public Integer getRejoin() {
        return rejoin;
    }

    public void setRejoin(Integer rejoin) {
        this.rejoin = rejoin;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
