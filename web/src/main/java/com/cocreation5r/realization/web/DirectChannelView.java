package com.cocreation5r.realization.web;

import com.cocreation5r.realization.DirectChannelIdea;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The executives' direct channel ({@code direct-channel.xhtml}): every submitted idea, unfiltered
 * and as submitted, with the fast-track for ideas still in triage or evaluation.
 */
@Named
@ViewScoped
public class DirectChannelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RealizationService realizationService;

    @Inject
    private Feedback feedback;

    private List<DirectChannelIdea> ideas = List.of();
    private boolean accessDenied;
    private Long selectedIdeaId;
    private String reason;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        try {
            ideas = realizationService.directChannel();
        } catch (EJBAccessException denied) {
            accessDenied = true;
        }
    }

    public void select(Long ideaId) {
        selectedIdeaId = ideaId;
        reason = null;
    }

    public void fastTrack() {
        try {
            realizationService.fastTrack(selectedIdeaId, reason);
            String title = ideas.stream().filter(idea -> idea.ideaId().equals(selectedIdeaId)).findFirst()
                    .map(DirectChannelIdea::title).orElse("");
            feedback.info("directChannel.fastTracked", title);
            selectedIdeaId = null;
            reason = null;
            load();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public List<DirectChannelIdea> getIdeas() {
        return ideas;
    }

    public boolean isAccessDenied() {
        return accessDenied;
    }

    public Long getSelectedIdeaId() {
        return selectedIdeaId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
