package com.cocreation5r.mission.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.MissionView;
import com.cocreation5r.mission.TermsReview;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Legal reviews the IP/ownership terms and the NDA of the draft: approve, or send back with comments. */
@Named
@ViewScoped
public class ReviewTerms implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MissionService missions;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private MissionView mission;
    private String comments;

    @Override
    public String formKey() {
        return RulesAndResponsibilitiesProcess.REVIEW_TERMS_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/review-terms.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            mission = missions.missionOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String approve() {
        return review(true, "terms.approved");
    }

    public String sendBack() {
        return review(false, "terms.sentBack");
    }

    private String review(boolean approved, String messageKey) {
        return feedback.completeThenInbox(() -> missions.reviewTerms(task.id(), new TermsReview(approved, comments)),
                messageKey);
    }

    public MissionView getMission() {
        return mission;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
