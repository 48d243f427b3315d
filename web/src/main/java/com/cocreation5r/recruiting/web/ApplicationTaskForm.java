package com.cocreation5r.recruiting.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.recruiting.ApplicationView;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.web.Feedback;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * What the screening and interview forms share: both show one application, complete their task
 * through the Recruiting service and go back to the inbox, or keep the user's input on error.
 */
abstract class ApplicationTaskForm implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private ApplicationView application;

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
        return feedback.completeThenInbox(() -> submit(task.id()), completedMessageKey(),
                application.candidate().fullName());
    }

    /** Completes the task with what the user entered. */
    abstract void submit(String taskId);

    /** The bundle key of the message shown in the inbox afterwards; {0} is the candidate's name. */
    abstract String completedMessageKey();

    public ApplicationView getApplication() {
        return application;
    }
}
