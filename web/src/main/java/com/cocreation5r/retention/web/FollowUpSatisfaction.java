package com.cocreation5r.retention.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.retention.FollowUpReport;
import com.cocreation5r.retention.FollowUpView;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The program manager reads a dissatisfied partner's answers (or sees there were none) and says what they did. */
@Named
@ViewScoped
public class FollowUpSatisfaction implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private FollowUpView followUp;
    private String actionTaken;

    @Override
    public String formKey() {
        return RetentionProcess.FOLLOW_UP_SATISFACTION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/follow-up-satisfaction.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            followUp = retention.followUpOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> retention.followUp(task.id(), new FollowUpReport(actionTaken)),
                "followUp.done", followUp.partnerName());
    }

    public FollowUpView getFollowUp() {
        return followUp;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }
}
