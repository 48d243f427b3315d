package com.cocreation5r.campaign.web;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignStatus;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.recruiting.ApplicationSummary;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One campaign: what it is, where its call stands, and the applications received. */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private Long id;
    private CampaignSummary campaign;
    private List<ApplicationSummary> applications = List.of();

    /** Loads the campaign named by the {@code id} parameter; reports it missing or forbidden. */
    public void load() {
        try {
            campaign = id == null ? null : campaigns.campaign(id).orElse(null);
            if (campaign == null) {
                feedback.error("campaign.notFound");
                return;
            }
            applications = recruiting.applicationsOf(id);
        } catch (RuntimeException failure) {
            campaign = null;
            feedback.failed(failure);
        }
    }

    /** Whether the call is open, so applications may still be registered. */
    public boolean isCallOpen() {
        return campaign != null && campaign.status() == CampaignStatus.OPEN_CALL;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignSummary getCampaign() {
        return campaign;
    }

    public List<ApplicationSummary> getApplications() {
        return applications;
    }
}
