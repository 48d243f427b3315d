package com.cocreation5r.processmodel.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.processmodel.ChangeReview;
import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProposedModel;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The author of a change that was sent back reads the reviewer's comment, edits the model in the
 * modeler and submits it again, or withdraws the change.
 */
@Named
@ViewScoped
public class ReviseProcessChange implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessChangeService changes;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelFeedback modelFeedback;

    private InboxTask task;
    private ChangeReview review;
    private String xml;
    private String summary;
    private List<ModelProblem> problems = List.of();

    @Override
    public String formKey() {
        return ProcessChangeProcess.REVISE_CHANGE_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/revise-process-change.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            review = changes.reviewOfTask(task.id());
            xml = review.proposedXml();
            summary = review.change().summary();
        } catch (RuntimeException failure) {
            modelFeedback.failed(failure);
        }
    }

    public String resubmit() {
        problems = List.of();
        try {
            changes.revise(task.id(), new ProposedModel(review.change().resourceName(),
                    xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8), summary));
        } catch (RuntimeException failure) {
            if (!feedback.violations(failure)) {
                problems = modelFeedback.failed(failure);
            }
            return null;
        }
        feedback.infoAfterRedirect("processChange.resubmitted");
        return "/inbox.xhtml?faces-redirect=true";
    }

    public String withdraw() {
        return feedback.completeThenInbox(() -> changes.revise(task.id(), null), "processChange.withdrawn");
    }

    public String getProblemsJson() {
        return ModelFeedback.json(problems);
    }

    public ChangeReview getReview() {
        return review;
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
