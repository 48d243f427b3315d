package com.cocreation5r.inbox.web;

import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.processmodel.web.ModelLabels;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;

/**
 * The task page ({@code task.xhtml?id=...}): the task's header and the form its form key names.
 * The form's own bean loads what the form shows and completes the task.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String UNAVAILABLE_PAGE = "/WEB-INF/forms/unavailable.xhtml";
    private static final String NO_FORM_PAGE = "/WEB-INF/forms/no-form.xhtml";

    @Inject
    private InboxService inbox;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelLabels labels;

    @Inject
    @Any
    private Instance<TaskForm> forms;

    private String id;
    private InboxTask task;
    private String formPage = UNAVAILABLE_PAGE;

    /** The view action: finds the task, or says it is not there for this user. */
    public void load() {
        task = null;
        formPage = UNAVAILABLE_PAGE;
        if (id == null || id.isBlank()) {
            feedback.error("refused.NOT_AVAILABLE");
            return;
        }
        try {
            task = inbox.task(id);
        } catch (TaskActionRefused refusal) {
            feedback.refused(refusal);
            return;
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
            return;
        }
        formPage = NO_FORM_PAGE;
        for (TaskForm form : forms) {
            if (form.formKey().equals(task.formKey())) {
                formPage = form.page();
                form.load(task);
                return;
            }
        }
    }

    /** Takes the task the page shows and shows it again, now with its inputs enabled. */
    public String claim() {
        try {
            inbox.claim(id);
            feedback.infoAfterRedirect("inbox.claimed", labels.task(task.processKey(), task.taskDefinitionKey(), task.name()));
        } catch (TaskActionRefused refusal) {
            feedback.refused(refusal);
            return null;
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
            return null;
        }
        return "/task.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public String getFormPage() {
        return formPage;
    }

    public boolean isAvailable() {
        return task != null;
    }

    /** Only the assignee works on a task; anyone else who may see it can claim it if it is free. */
    public boolean isClaimedByMe() {
        Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return task != null && user != null && user.getName().equals(task.assignee());
    }

    public boolean isClaimable() {
        return task != null && task.assignee() == null;
    }

    public InboxTask getTask() {
        return task;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
