package com.cocreation5r.realization.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.realization.BusinessConcept;
import com.cocreation5r.realization.ExecutionDepartment;
import com.cocreation5r.realization.TriageDecision;
import com.cocreation5r.realization.TriageForm;
import com.cocreation5r.realization.TriageService;
import com.cocreation5r.realization.TriageView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A mid-level manager triages an idea: business concept, execution department, or the earlier
 * idea it duplicates; an idea a department declined is re-routed rather than evaluated again.
 */
@Named
@ViewScoped
public class TriageIdea implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TriageService triageService;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private TriageView triage;
    private TriageDecision decision;
    private BusinessConcept businessConcept;
    private ExecutionDepartment department;
    private Long duplicateOfIdeaId;
    private String notes;

    @Override
    public String formKey() {
        return RealizationProcess.TRIAGE_IDEA_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/triage-idea.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            triage = triageService.triageOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> triageService.triage(task.id(),
                new TriageForm(decision, businessConcept, department, duplicateOfIdeaId, notes)),
                "triage.completed", triage.idea().title());
    }

    /** A declined idea is re-routed or found a duplicate; a new one is evaluated or found a duplicate. */
    public List<TriageDecision> getDecisions() {
        return triage != null && triage.returnedFromExecution()
                ? List.of(TriageDecision.HAND_OVER, TriageDecision.DUPLICATE)
                : List.of(TriageDecision.EVALUATE, TriageDecision.DUPLICATE);
    }

    public BusinessConcept[] getBusinessConcepts() {
        return BusinessConcept.values();
    }

    public ExecutionDepartment[] getDepartments() {
        return ExecutionDepartment.values();
    }

    public TriageView getTriage() {
        return triage;
    }

    public TriageDecision getDecision() {
        return decision;
    }

    public void setDecision(TriageDecision decision) {
        this.decision = decision;
    }

    public BusinessConcept getBusinessConcept() {
        return businessConcept;
    }

    public void setBusinessConcept(BusinessConcept businessConcept) {
        this.businessConcept = businessConcept;
    }

    public ExecutionDepartment getDepartment() {
        return department;
    }

    public void setDepartment(ExecutionDepartment department) {
        this.department = department;
    }

    public Long getDuplicateOfIdeaId() {
        return duplicateOfIdeaId;
    }

    public void setDuplicateOfIdeaId(Long duplicateOfIdeaId) {
        this.duplicateOfIdeaId = duplicateOfIdeaId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
