package com.cocreation5r.realization.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.PartnerExplanationView;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner reads the explanation of their idea's rejection and acknowledges it, optionally with a comment. */
@Named
@ViewScoped
public class AcknowledgeExplanation implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RejectionService rejectionService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private PartnerExplanationView explanation;
    private String comment;

    @Override
    public String formKey() {
        return RealizationProcess.ACKNOWLEDGE_EXPLANATION_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/acknowledge-explanation.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            explanation = rejectionService.explanationOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> rejectionService.acknowledge(task.id(), comment),
                "acknowledgement.completed", explanation.ideaTitle());
    }

    public PartnerExplanationView getExplanation() {
        return explanation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
