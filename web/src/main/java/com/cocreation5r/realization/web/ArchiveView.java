package com.cocreation5r.realization.web;

import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.realization.ArchiveSearch;
import com.cocreation5r.realization.RealizationService;
import com.cocreation5r.realization.ReasonOption;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The idea archive ({@code archive.xhtml}): staff search the ideas that ended in the archive by
 * campaign, text, rejection reason, partner and the day they were archived, a page at a time.
 */
@Named
@ViewScoped
public class ArchiveView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RealizationService realization;

    @Inject
    private RejectionService rejections;

    @Inject
    private Validator validator;

    @Inject
    private Feedback feedback;

    private ArchivedIdeaModel ideas;
    private List<CampaignSummary> campaigns = List.of();
    private List<ReasonOption> reasons = List.of();
    private boolean accessDenied;

    private Long campaignId;
    private String text;
    private Long reasonId;
    private String partner;
    private LocalDate archivedFrom;
    private LocalDate archivedTo;

    @PostConstruct
    void init() {
        try {
            campaigns = realization.archiveCampaigns();
            reasons = rejections.reasons();
            ideas = new ArchivedIdeaModel(realization);
        } catch (EJBAccessException denied) {
            accessDenied = true;
        }
    }

    /** Narrows the list to the search; a search that breaks a rule leaves the list as it was. */
    public void search() {
        ArchiveSearch search = new ArchiveSearch(campaignId, text, reasonId, partner, archivedFrom, archivedTo);
        Set<ConstraintViolation<ArchiveSearch>> violations = validator.validate(search);
        if (!violations.isEmpty()) {
            feedback.violations(new ConstraintViolationException(violations));
            return;
        }
        ideas.search(search);
    }

    public ArchivedIdeaModel getIdeas() {
        return ideas;
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public List<ReasonOption> getReasons() {
        return reasons;
    }

    public boolean isAccessDenied() {
        return accessDenied;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getReasonId() {
        return reasonId;
    }

    public void setReasonId(Long reasonId) {
        this.reasonId = reasonId;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public LocalDate getArchivedFrom() {
        return archivedFrom;
    }

    public void setArchivedFrom(LocalDate archivedFrom) {
        this.archivedFrom = archivedFrom;
    }

    public LocalDate getArchivedTo() {
        return archivedTo;
    }

    public void setArchivedTo(LocalDate archivedTo) {
        this.archivedTo = archivedTo;
    }
}
