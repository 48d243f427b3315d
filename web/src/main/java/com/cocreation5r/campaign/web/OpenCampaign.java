package com.cocreation5r.campaign.web;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A program manager opens a campaign: its call for applications starts at once and runs until
 * the application deadline.
 */
@Named
@ViewScoped
public class OpenCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private Feedback feedback;

    private String title;
    private String description;
    private boolean pilot = true;
    private Integer cohortSize = 3;
    private LocalDateTime applicationDeadline;

    public String open() {
        CampaignSummary opened;
        try {
            opened = campaigns.open(new NewCampaign(title, description, pilot, cohortSize == null ? 0 : cohortSize,
                    applicationDeadline == null ? null
                            : applicationDeadline.atZone(ZoneId.systemDefault()).toInstant()));
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return null;
        }
        feedback.infoAfterRedirect("campaign.opened", opened.title());
        return "/campaign.xhtml?faces-redirect=true&id=" + opened.id();
    }

    /** The earliest deadline the date picker offers. */
    public LocalDateTime getNow() {
        return LocalDateTime.now();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPilot() {
        return pilot;
    }

    public void setPilot(boolean pilot) {
        this.pilot = pilot;
    }

    public Integer getCohortSize() {
        return cohortSize;
    }

    public void setCohortSize(Integer cohortSize) {
        this.cohortSize = cohortSize;
    }

    public LocalDateTime getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDateTime applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }
}
