package com.cocreation5r.reinforcement.web;

import com.cocreation5r.identity.Groups;
import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.IdeaSummary;
import com.cocreation5r.reinforcement.SupportRequestView;
import com.cocreation5r.reinforcement.SupportService;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The ideas page ({@code ideas.xhtml}): a partner's own ideas, the cohort's ideas open for
 * refinement, the partner's support requests and a form to ask for support; community and program
 * managers see the ideas in refinement of every campaign.
 */
@Named
@ViewScoped
public class IdeasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdeaService ideas;

    @Inject
    private SupportService support;

    @Inject
    private Feedback feedback;

    private List<IdeaSummary> mine = List.of();
    private List<IdeaSummary> inRefinement = List.of();
    private List<SupportRequestView> supportRequests = List.of();
    private List<SupportService.CampaignRef> campaignsToAsk = List.of();
    private Long campaign;
    private String question;

    @PostConstruct
    void init() {
        try {
            if (isPartner()) {
                mine = ideas.myIdeas();
                supportRequests = support.mySupportRequests();
                campaignsToAsk = support.campaignsToAsk();
            }
            inRefinement = ideas.ideasInRefinement();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public void askForSupport() {
        try {
            support.raise(campaign, null, question);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        question = null;
        supportRequests = support.mySupportRequests();
        feedback.info("support.raised");
    }

    public boolean isPartner() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Groups.PARTNER);
    }

    public List<IdeaSummary> getMine() {
        return mine;
    }

    public List<IdeaSummary> getInRefinement() {
        return inRefinement;
    }

    public List<SupportRequestView> getSupportRequests() {
        return supportRequests;
    }

    public List<SupportService.CampaignRef> getCampaignsToAsk() {
        return campaignsToAsk;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
