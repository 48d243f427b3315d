package com.cocreation5r.processmodel.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.processmodel.ChangeReview;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Another process owner reviews a change request: the deployed and the proposed diagram side by
 * side, added, removed and changed elements marked; approve (it is deployed) or send it back.
 */
@Named
@ViewScoped
public class ReviewProcessChange implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessChangeService changes;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelFeedback modelFeedback;

    private InboxTask task;
    private ChangeReview review;
    private String comment;

    @Override
    public String formKey() {
        return ProcessChangeProcess.REVIEW_CHANGE_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/review-process-change.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            review = changes.reviewOfTask(task.id());
        } catch (RuntimeException failure) {
            modelFeedback.failed(failure);
        }
    }

    public String approve() {
        return decide(true, "processChange.approved");
    }

    public String sendBack() {
        return decide(false, review != null && review.change().fromRelease()
                ? "processChange.declined" : "processChange.sentBack");
    }

    private String decide(boolean approve, String messageKey) {
        try {
            changes.review(task.id(), approve, comment);
        } catch (RuntimeException failure) {
            if (!feedback.violations(failure)) {
                modelFeedback.failed(failure);
            }
            return null;
        }
        feedback.infoAfterRedirect(messageKey);
        return "/inbox.xhtml?faces-redirect=true";
    }

    public ChangeReview getReview() {
        return review;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
