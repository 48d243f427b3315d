package com.cocreation5r.inbox.web;

import com.cocreation5r.inbox.InboxQuery;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.processmodel.web.ModelLabels;
import com.cocreation5r.web.Feedback;
import com.cocreation5r.web.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The inbox page: the user's own tasks, or the unclaimed tasks of their groups, which they claim
 * to work on.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InboxService inbox;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelLabels labels;

    @Inject
    private LocaleView localeView;

    private InboxTaskModel tasks;

    @PostConstruct
    void init() {
        tasks = new InboxTaskModel(inbox, text -> labels.taskKeysLabelled(text, localeView.getLocale()));
    }

    public InboxTaskModel getTasks() {
        return tasks;
    }

    /** {@code mine} or {@code groups}: which inbox the page shows, also as the {@code view} parameter. */
    public String getView() {
        return tasks.getView() == InboxQuery.View.GROUPS ? "groups" : "mine";
    }

    public void setView(String view) {
        tasks.setView("groups".equals(view) ? InboxQuery.View.GROUPS : InboxQuery.View.MINE);
    }

    public boolean isGroupsView() {
        return tasks.getView() == InboxQuery.View.GROUPS;
    }

    public void showMine() {
        setView("mine");
    }

    public void showGroups() {
        setView("groups");
    }

    public boolean isOverdueOnly() {
        return tasks.isOverdueOnly();
    }

    public void setOverdueOnly(boolean overdueOnly) {
        tasks.setOverdueOnly(overdueOnly);
    }

    public void claim(InboxTask task) {
        try {
            inbox.claim(task.id());
            feedback.info("inbox.claimed", labels.task(task.processKey(), task.taskDefinitionKey(), task.name()));
        } catch (TaskActionRefused refusal) {
            feedback.refused(refusal);
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        }
    }

    public void unclaim(InboxTask task) {
        try {
            inbox.unclaim(task.id());
            feedback.info("inbox.unclaimed", labels.task(task.processKey(), task.taskDefinitionKey(), task.name()));
        } catch (TaskActionRefused refusal) {
            feedback.refused(refusal);
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        }
    }
}
