package com.cocreation5r.reinforcement.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.reinforcement.DraftingView;
import com.cocreation5r.reinforcement.FeasibilityWarning;
import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.SupportService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's drafting task: the toolkit guide, their ideas for the campaign, and an editor in
 * which the feasibility rules are asked before an idea is submitted to the cohort. Submitting an
 * idea with warnings needs the partner's explicit confirmation.
 */
@Named
@ViewScoped
public class DraftIdeas implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdeaService ideas;

    @Inject
    private SupportService support;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private DraftingView view;
    private IdeaEditor editor = new IdeaEditor();
    private List<FeasibilityWarning> warnings = new ArrayList<>();
    private boolean checked;
    private boolean confirmWarnings;
    private String supportQuestion;

    @Override
    public String formKey() {
        return ReinforcementProcess.DRAFT_IDEAS_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/draft-ideas.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        reload();
    }

    private boolean reload() {
        try {
            view = ideas.draftingOfTask(task.id());
            return true;
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return false;
        }
    }

    /** Asks the feasibility rules about the idea as typed; nothing is saved. */
    public void check() {
        try {
            warnings = new ArrayList<>(ideas.checkFeasibility(task.id(), editor.draft()));
            checked = true;
            confirmWarnings = false;
            if (warnings.isEmpty()) {
                feedback.info("drafting.feasible");
            }
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public void save() {
        try {
            editor.setIdeaId(ideas.saveDraft(task.id(), editor.getIdeaId(), editor.draft()));
            reload();
            feedback.info("drafting.saved");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Checks the rules once more and submits; with warnings only if the partner confirmed them. */
    public void submit() {
        try {
            warnings = new ArrayList<>(ideas.checkFeasibility(task.id(), editor.draft()));
            checked = true;
            ideas.submitToCohort(task.id(), editor.getIdeaId(), editor.draft(), confirmWarnings);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        feedback.info("drafting.submitted", editor.getTitle());
        startNewIdea();
        reload();
    }

    public void edit(DraftingView.OwnIdea idea) {
        editor = IdeaEditor.of(idea.id(), idea.draft());
        warnings = new ArrayList<>(idea.warnings());
        checked = false;
        confirmWarnings = false;
    }

    public void startNewIdea() {
        editor = new IdeaEditor();
        warnings = new ArrayList<>();
        checked = false;
        confirmWarnings = false;
    }

    public void askForSupport() {
        try {
            support.raise(view.campaignId(), editor.getIdeaId(), supportQuestion);
            supportQuestion = null;
            feedback.info("support.raised");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** The partner is done drafting; ideas not submitted stay private drafts. */
    public String complete() {
        return feedback.completeThenInbox(() -> ideas.finishDrafting(task.id()), "drafting.completed");
    }

    public DraftingView getView() {
        return view;
    }

    public IdeaEditor getEditor() {
        return editor;
    }

    public List<FeasibilityWarning> getWarnings() {
        return warnings;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isConfirmWarnings() {
        return confirmWarnings;
    }

    public void setConfirmWarnings(boolean confirmWarnings) {
        this.confirmWarnings = confirmWarnings;
    }

    public String getSupportQuestion() {
        return supportQuestion;
    }

    public void setSupportQuestion(String supportQuestion) {
        this.supportQuestion = supportQuestion;
    }
}
