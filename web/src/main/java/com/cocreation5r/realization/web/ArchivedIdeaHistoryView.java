package com.cocreation5r.realization.web;

import com.cocreation5r.realization.ArchivedIdeaHistory;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One idea from the archive ({@code archived-idea.xhtml?id=...}): its content and every
 * Realization that ended in the archive, with the explanation and acknowledgment; program managers
 * and internal experts reopen it into a new Realization here, saying why.
 */
@Named
@ViewScoped
public class ArchivedIdeaHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RealizationService realization;

    @Inject
    private Feedback feedback;

    private Long id;
    private ArchivedIdeaHistory idea;
    private String reopenReason;

    /** The view action: loads the idea, or says it is not in the archive for this user. */
    public void load() {
        idea = null;
        if (id == null) {
            feedback.error("idea.notFound");
            return;
        }
        try {
            idea = realization.archivedIdea(id);
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Reopens the idea; the service refuses roles that may not and ideas no longer in the archive. */
    public void reopen() {
        try {
            realization.reopen(id, reopenReason);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        feedback.info("archive.reopened", idea.title());
        reopenReason = null;
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArchivedIdeaHistory getIdea() {
        return idea;
    }

    public boolean isAvailable() {
        return idea != null;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
