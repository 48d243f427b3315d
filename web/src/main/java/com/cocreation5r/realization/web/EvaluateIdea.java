package com.cocreation5r.realization.web;

import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationDossier;
import com.cocreation5r.evaluation.EvaluationForm;
import com.cocreation5r.evaluation.EvaluationService;
import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * An evaluator first declares any conflict of interest (with one, they are replaced and the task
 * ends), then scores each criterion of the published scheme 1 to 5. Under blind review the form
 * never shows who the partner is: the service does not tell it.
 */
@Named
@ViewScoped
public class EvaluateIdea implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluationService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private EvaluationDossier dossier;
    private Boolean conflicted;
    private String statement;
    private final HashMap<String, Integer> scores = new HashMap<>();
    private String comment;

    @Override
    public String formKey() {
        return RealizationProcess.EVALUATE_IDEA_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/evaluate-idea.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            dossier = evaluationService.evaluationOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Declares; with a conflict the task is done, without one the scores come next on the same page. */
    public String declare() {
        if (Boolean.TRUE.equals(conflicted)) {
            return feedback.completeThenInbox(() -> evaluationService.declareConflict(task.id(),
                    new ConflictDeclaration(conflicted, statement)), "evaluation.conflictDeclared");
        }
        try {
            evaluationService.declareConflict(task.id(), new ConflictDeclaration(conflicted, statement));
            dossier = evaluationService.evaluationOfTask(task.id());
            feedback.info("evaluation.noConflictDeclared");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
        return null;
    }

    public String complete() {
        return feedback.completeThenInbox(() -> evaluationService.score(task.id(),
                new EvaluationForm(Map.copyOf(withoutBlanks()), comment)), "evaluation.completed",
                dossier.idea().title());
    }

    private Map<String, Integer> withoutBlanks() {
        Map<String, Integer> given = new HashMap<>();
        scores.forEach((criterion, score) -> {
            if (score != null) {
                given.put(criterion, score);
            }
        });
        return given;
    }

    public EvaluationDossier getDossier() {
        return dossier;
    }

    public Boolean getConflicted() {
        return conflicted;
    }

    public void setConflicted(Boolean conflicted) {
        this.conflicted = conflicted;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    /** The scores by criterion name, bound one input each. */
    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
