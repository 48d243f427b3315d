package com.cocreation5r.realization.web;

import com.cocreation5r.realization.PartnerExplanationView;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A partner's rejection explanations ({@code my-explanations.xhtml}, all of them, newest first)
 * and one of them ({@code explanation.xhtml?idea=...}); the service returns only those addressed
 * to the signed-in partner and tells them any other idea does not exist.
 */
@Named
@ViewScoped
public class MyExplanationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RejectionService rejections;

    @Inject
    private Feedback feedback;

    private List<PartnerExplanationView> explanations = List.of();
    private Long ideaId;
    private PartnerExplanationView explanation;

    /** The view action of the list. */
    public void loadAll() {
        try {
            explanations = rejections.myExplanations();
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        }
    }

    /** The view action of one explanation: the partner's own, or a message that there is none. */
    public void loadOne() {
        explanation = null;
        if (ideaId == null) {
            feedback.error("idea.notFound");
            return;
        }
        try {
            explanation = rejections.explanationFor(ideaId);
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public List<PartnerExplanationView> getExplanations() {
        return explanations;
    }

    public PartnerExplanationView getExplanation() {
        return explanation;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(Long ideaId) {
        this.ideaId = ideaId;
    }
}
