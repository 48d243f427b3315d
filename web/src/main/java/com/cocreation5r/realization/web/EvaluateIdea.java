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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private List<ScoreEntry> scores = new ArrayList<>();
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
            show(evaluationService.evaluationOfTask(task.id()));
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    private void show(EvaluationDossier loaded) {
        dossier = loaded;
        scores = new ArrayList<>(loaded.criteriaToScore().stream()
                .map(criterion -> new ScoreEntry(criterion.getName(), criterion.getWeight())).toList());
    }

    /** Declares; with a conflict the task is done, without one the scores come next on the same page. */
    public String declare() {
        if (Boolean.TRUE.equals(conflicted)) {
            return feedback.completeThenInbox(() -> evaluationService.declareConflict(task.id(),
                    new ConflictDeclaration(conflicted, statement)), "evaluation.conflictDeclared");
        }
        try {
            evaluationService.declareConflict(task.id(), new ConflictDeclaration(conflicted, statement));
            show(evaluationService.evaluationOfTask(task.id()));
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

    /** The scores given, by criterion; a blank one is left out, so the service names what is missing. */
    private Map<String, Integer> withoutBlanks() {
        Map<String, Integer> given = new HashMap<>();
        scores.stream().filter(entry -> entry.getScore() != null)
                .forEach(entry -> given.put(entry.getCriterion(), entry.getScore()));
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

    /** One input per criterion the evaluator scores. */
    public List<ScoreEntry> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** A criterion, its weight and the evaluator's score of it. */
    public static class ScoreEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String criterion;
        private final int weight;
        private Integer score;

        ScoreEntry(String criterion, int weight) {
            this.criterion = criterion;
            this.weight = weight;
        }

        public String getCriterion() {
            return criterion;
        }

        public int getWeight() {
            return weight;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }
}
